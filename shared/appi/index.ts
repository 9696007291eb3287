/** The APPI breach rules (appi.md §1–4): pure, shared by the core, the renderer and the tests. */
export * from './assess';
export * from './basis-text';
export * from './breach-facts';
export * from './citations';
export * from './civil-date';
export * from './deadline-status';
export * from './deadlines';
export * from './japan-calendar';
export * from './japan-time';
export * from './messages';
export * from './reportability';
export * from './reportability-reasons';
export * from './rule-parameters';
