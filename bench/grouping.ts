// npm run bench:grouping — solves synthetic network-grouping instances through the worker (solveGrouping)
// and prints, per instance, the pools, solve time, objective, LP/MIP bound, gap, status and the greedy
// baseline. The goal (issue 4): 150 participants proven optimal, 2,000 within 1 % in a minute.
// Figures only; nothing here asserts on time.

import type { UnitType } from '../src/shared/enums.ts';
import {
  bestSimpleGrouping,
  type GroupingInput,
  type GroupingParticipant,
  prepareGrouping,
  solveGrouping,
} from '../src/solver/grouping/index.ts';

interface Size {
  name: string;
  participants: number;
  units: number;
  /** Centre and spread (km) of the area. */
  lat: number;
  lon: number;
  spreadKm: number;
  timeLimitSeconds: number;
}

const SIZES: Size[] = [
  {
    name: 'municipality (Lillestrøm)',
    participants: 150,
    units: 58,
    lat: 59.96,
    lon: 11.05,
    spreadKm: 12,
    timeLimitSeconds: 60,
  },
  {
    name: 'region (Trøndelag)',
    participants: 2_000,
    units: 800,
    lat: 63.43,
    lon: 10.4,
    spreadKm: 90,
    timeLimitSeconds: 50,
  },
];

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next };
}

/** Units of the Norwegian mix spread over the area; bigger schools get more NQTs; half are in year two,
 * most of them with last year's group (formed by area, as a coordinator would have). */
function syntheticInstance(size: Size, seed = 1): GroupingInput {
  const r = rng(seed);
  const types: UnitType[] = ['kindergarten', 'primary', 'lower_secondary', 'combined', 'upper_secondary'];
  const mix = [48, 30, 10, 7, 5];
  const units = Array.from({ length: size.units }, (_, i) => {
    let x = r.next() * 100;
    let type: UnitType = 'kindergarten';
    for (let t = 0; t < types.length; t++) {
      x -= mix[t] ?? 0;
      if (x < 0) {
        type = types[t] as UnitType;
        break;
      }
    }
    const angle = r.next() * 2 * Math.PI;
    const dist = size.spreadKm * Math.sqrt(r.next());
    return {
      id: `u${i}`,
      name: `Enhet ${i}`,
      type,
      lat: size.lat + (dist * Math.sin(angle)) / 111,
      lon: size.lon + (dist * Math.cos(angle)) / (111 * Math.cos((size.lat * Math.PI) / 180)),
      weight: (type === 'kindergarten' ? 1 : 2.5) * (0.3 + r.next()),
    };
  });
  const total = units.reduce((s, u) => s + u.weight, 0);
  const participants: GroupingParticipant[] = [];
  for (let i = 0; i < size.participants; i++) {
    let x = r.next() * total;
    let unit = units[0] as (typeof units)[number];
    for (const u of units) {
      x -= u.weight;
      if (x < 0) {
        unit = u;
        break;
      }
    }
    const yearTwo = r.next() < 0.45;
    // Last year's groups: by area (a grid of cells), per kindergarten/school, for 85 % of year two.
    const cell = `${Math.floor(((unit.lat - size.lat) * 111) / (size.spreadKm / 2))}:${Math.floor(((unit.lon - size.lon) * 55) / (size.spreadKm / 2))}`;
    participants.push({
      id: `p${i}`,
      unitId: unit.id,
      unitName: unit.name,
      unitType: unit.type,
      programmeYear: yearTwo ? 2 : 1,
      lastGroupId: yearTwo && r.next() < 0.85 ? `${unit.type === 'kindergarten' ? 'k' : 's'}-${cell}` : null,
      lat: unit.lat,
      lon: unit.lon,
    });
  }
  return { participants, minSize: 10, maxSize: 15, maxPerUnit: 2 };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : String(x));

async function main() {
  const only = process.argv[2];
  console.log(`bench:grouping — Node ${process.version}`);
  for (const size of SIZES) {
    if (only && !size.name.startsWith(only)) continue;
    const input = syntheticInstance(size);
    const prepared = prepareGrouping(input);
    if (prepared.issues.length > 0) {
      console.log(`${size.name}: infeasible ${JSON.stringify(prepared.issues)}`);
      continue;
    }
    const simple = bestSimpleGrouping(prepared);
    const started = performance.now();
    const result = await solveGrouping(input, { timeLimitSeconds: size.timeLimitSeconds });
    const wall = (performance.now() - started) / 1000;
    const pools = result.pools.map((p) => `${p.pool} ${p.participants}→${p.groups} groups`).join(', ');
    console.log(
      [
        `${size.participants} participants, ${size.units} units (${size.name}): ${pools};`,
        `solve ${result.solveSeconds.toFixed(2)} s (wall ${wall.toFixed(2)} s incl. worker);`,
        `objective ${fmt(result.objective)}, bound ${fmt(result.bound)}, gap ${(result.gap * 100).toFixed(3)}%,`,
        `status ${result.status} [${result.solver}];`,
        `separated from last year ${result.terms.separatedFromLastYear}, year imbalance ${fmt(result.terms.yearImbalance)},`,
        `travel ${fmt(result.terms.travelKm)} km (avg ${fmt(result.terms.travelKm / size.participants)});`,
        `greedy objective ${fmt(simple.objective)}`,
        result.note ? `note: ${result.note}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
}

await main();
