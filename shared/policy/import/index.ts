export { classifySection, headingCueScore, type Classification } from './classify';
export { extractFrom, splitIntoSections, type Extracted, type ImportedSection, type PolicyImport } from './split';
