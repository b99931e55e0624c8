// The secondary entry point @lc/web-shared-ui/dialog: what needs Material's dialog and the CDK overlay (~85 KB raw),
// kept apart so that pages which never open a dialog (the catalogue's, among them) do not download them.
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/unsaved-changes/unsaved-changes-guard';
