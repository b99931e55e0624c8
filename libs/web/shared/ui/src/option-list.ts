// The secondary entry point @lc/web-shared-ui/option-list: the editors' list of options needs @angular/forms, the
// form field, input and checkbox (~150 KB raw). Through the main entry every page that shows an error banner or a
// loading indicator (the catalogue's and the test page among them) downloaded them too.
export * from './lib/option-list/option-list';
