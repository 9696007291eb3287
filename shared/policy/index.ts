/** The policy layer (appi.md §5): model, clauses, templates, checker and import — pure, shared by every side. */
export * from './article-heading';
export * from './body-structure';
export * from './clauses';
export * from './countries';
export * from './extract';
export * from './known-tools';
export * from './labels';
export * from './model';
export * from './numbering';
export * from './section-data-text';
export * from './templates';
export * from './text';
export * from './vocabulary';
export * from './checker';
export * from './import';
