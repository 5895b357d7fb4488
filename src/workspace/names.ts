// PEP 503 normalisation: names enter the model once, normalised, so every
// comparison after that is plain string equality. Extras and group names are
// normalised the same way (PEP 685, PEP 735).

export function normalizeName(name: string): string {
  return name.trim().replace(/[-_.]+/g, '-').toLowerCase();
}
