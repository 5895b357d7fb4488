export const projectRoot: string;
export const tools: { uv: string; uvOldest: string; node24: string; nodeWindows: string };
export function uvDir(version: string, root?: string): string;
export function uvBinary(version?: string, root?: string, platform?: NodeJS.Platform): string;
export function node24Package(platform?: NodeJS.Platform, arch?: string): string;
export function node24Binary(root?: string, platform?: NodeJS.Platform, arch?: string): string;
