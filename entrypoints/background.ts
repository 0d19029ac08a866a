export default defineBackground(() => {
  // Wired up by the follow-up badge feature.
});
