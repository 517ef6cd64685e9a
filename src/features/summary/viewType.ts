/** The summary panels' webview type, as in package.json's activation events (restored after a reload). */
export const SUMMARY_VIEW_TYPE = 'upscEditorials.summary';
