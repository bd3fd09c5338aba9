// Structured, one-line JSON logs. Callers pass event names and ids, never PII, tokens or bodies.
type Level = 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | undefined>;

function write(level: Level, event: string, fields: Fields = {}): void {
  const line = JSON.stringify({ level, event, time: new Date().toISOString(), ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

export const log = {
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
};
