/* global window, document */
// Apply the saved colour scheme before first paint so dark-theme users see no white flash.
(function () {
  try {
    var saved = localStorage.getItem('artel-color-scheme');
    var scheme =
      saved === 'dark' || saved === 'light'
        ? saved
        : window.matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    /* storage blocked: Mantine falls back to light */
  }
})();
