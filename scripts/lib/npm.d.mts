export function npmCommand(args: string[], env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): { file: string; args: string[] };
