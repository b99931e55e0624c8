// The secondary entry point @lc/web-shared-ui/testing: helpers for component specs. App code never imports it.
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';

/** The dialogs a component under test opens: MatDialog renders them outside the component, at the document's root. */
export function dialogsOf(fixture: ComponentFixture<unknown>) {
  const open = () => TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(MatDialogHarness);
  /**
   * Waits until every dialog has closed (closing waits for the exit animation before `afterClosed` fires), then lets
   * the promise chain the answer started finish and renders what it set.
   */
  const closed = async () => {
    for (let tries = 0; tries < 40 && (await open()).length; tries++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  /** Presses a button of the dialog opened last, then waits until it has closed. */
  const answer = async (buttonText: string) => {
    const dialog = (await open()).pop();
    // Not awaited: the click resolves only once the dialog is gone, which `closed` waits for.
    void (await dialog?.getHarness(MatButtonHarness.with({ text: buttonText })))?.click();
    await closed();
  };
  return { open, closed, answer };
}
