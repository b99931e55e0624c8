export { certificationVi } from './i18n.vi';
export { certificationEn } from './i18n.en';
