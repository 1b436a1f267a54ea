export const CHROMIUM_ARGS: string[];
export function findChromium(): string | undefined;
export function hasChromium(): boolean;
export function launchOptions(): { executablePath?: string; args: string[] };
