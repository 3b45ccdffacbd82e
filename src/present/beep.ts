/**
 * The timer's end sound: three short tones made with Web Audio, so no sound file is needed and it
 * works offline. Where there is no AudioContext (or the browser refuses to play), it stays silent;
 * the visual signal is the one that must never fail.
 */
export function playEndSound(): boolean {
  const AudioContextClass =
    typeof window === "undefined"
      ? undefined
      : (window.AudioContext ??
        (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  if (!AudioContextClass) return false;
  try {
    const context = new AudioContextClass();
    const start = context.currentTime + 0.02;
    for (let i = 0; i < 3; i++) {
      const at = start + i * 0.32;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = "sine";
      oscillator.frequency.setValueAtTime(i === 2 ? 1046.5 : 880, at);
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.26);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.28);
    }
    setTimeout(() => void context.close().catch(() => undefined), 1500);
    return true;
  } catch {
    return false;
  }
}
