import { writeFileSync } from 'node:fs';

const platforms = ['Instagram', 'TikTok', 'YouTube'];
const niches = ['beauty', 'fashion', 'fitness', 'food', 'travel', 'lifestyle', 'tech', 'gaming'];
const countries = ['Nederland', 'België', 'Duitsland'];

/** A deterministic Dutch-Excel-style creator CSV (';' and decimal commas) of `rows` rows. */
export function writeCreatorCsv(path: string, rows: number): void {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ['Naam;Platform;Gebruikersnaam;Volgers;Engagement rate;Gem. likes;Gem. reacties;Land;Stad;Niche;E-mail'];
  for (let i = 0; i < rows; i++) {
    const followers = Math.round(10 ** (3 + rnd() * 3.3));
    const likes = Math.round(followers * (0.01 + rnd() * 0.15));
    const comments = Math.round(likes * (0.02 + rnd() * 0.08));
    const er = ((likes + comments) / followers) * 100;
    lines.push(
      [
        `Creator ${i}`,
        platforms[i % 3],
        `creator_${i}`,
        followers.toLocaleString('nl-NL'),
        er.toFixed(2).replace('.', ','),
        likes,
        comments,
        countries[i % 3],
        `Stad ${i % 50}`,
        niches[i % niches.length],
        `creator${i}@example.com`,
      ].join(';'),
    );
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}
