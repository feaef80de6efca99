/**
 * Word lists for the demo municipality. Names are common Norwegian given and family names combined by
 * a seeded generator, so nobody in the demo is a real person; unit and place names are made up.
 */

/** Splits a whitespace-separated list; the lists stay compact and readable this way. */
function words(list: string): readonly string[] {
  return list.split(/\s+/).filter(Boolean);
}

export const GIVEN_NAMES = words(`
  Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina
  Maria Elisabeth Kristin Silje Camilla Tone Hanne Ingvild Mari Sara Nora Emma Thea Julie Hege Linn
  Malin Siri Tuva Sofie Vilde Åse Guro Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir
  Tor Morten Terje Odd Erik Martin Andreas Rune Jon Trond Anders Espen Magnus Jonas Henrik Sindre Even
  Håkon Sander Eirik Mathias Kristian Øystein Stian Vegard Emil Tobias Aksel
`);

export const FAMILY_NAMES = words(`
  Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen
  Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund
  Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen
  Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård Bakke
  Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen Sæther Aas Myhre
  Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning Arnesen
  Antonsen Næss Vik Haug Ellingsen Thorsen
`);

export const KINDERGARTEN_NAMES = words(`
  Solbakken Marihøna Kløverenga Eventyrskogen Lerkehaugen Trollskogen Blåbærtoppen Furulunden Granly
  Bjørkelia Regnbuen Sommerfuglen Myrtoppen Stjerneskudd Eplehagen Tyttebærlia Hakkespetten Elvebakken
  Skogstjerna Maurtua Vesleborg Kirsebærhagen Humlebo Smørblomsten Revehiet Løvetann Ekornredet
  Tusenfryd
`);

/** Primary schools (1–7), lower secondary (8–10) and combined (1–10), each a fictional neighbourhood. */
export const PRIMARY_SCHOOL_NAMES = words(`
  Nordby Sørli Bekkestad Haugtun Vestli Myrvoll Eikeli Rudsløkka Bjørnholt Lindeberg Kvernhaugen
  Solvang Granåsen Furuset Steinerud Tjernsli Åsbakken
`);
export const LOWER_SECONDARY_NAMES = ['Fjellhaug', 'Østmoen', 'Elvestad', 'Skaugum', 'Linnerud', 'Brekke'];
export const COMBINED_SCHOOL_NAMES = ['Demoby', 'Sagdalen', 'Holtet', 'Kjellerud', 'Vollen', 'Bråten', 'Heggedal'];
/** After-school programmes (SFO) run as their own units at three of the primary schools. */
export const AFTER_SCHOOL_NAMES = ['Nordby', 'Bekkestad', 'Vestli'];

/** Fictional places with four-digit postal codes (the demo municipality's postal districts). */
export const PLACES: readonly { postalCode: string; postalPlace: string }[] = [
  { postalCode: '2000', postalPlace: 'Demoby' },
  { postalCode: '2004', postalPlace: 'Demoby' },
  { postalCode: '2013', postalPlace: 'Nordby' },
  { postalCode: '2016', postalPlace: 'Sørli' },
  { postalCode: '2022', postalPlace: 'Østmoen' },
  { postalCode: '2026', postalPlace: 'Vestli' },
  { postalCode: '2034', postalPlace: 'Bekkestad' },
  { postalCode: '2040', postalPlace: 'Elvestad' },
];

export const NEIGHBOUR_PLACES: readonly { postalCode: string; postalPlace: string }[] = [
  { postalCode: '2160', postalPlace: 'Nabobygda' },
  { postalCode: '2164', postalPlace: 'Nabobygda' },
];

/**
 * Where the fictional places lie (WGS84), roughly as the villages around Lillestrøm do, so network
 * groups can be formed with shorter travel in the demo. A unit lies within about a kilometre of its place.
 */
export const PLACE_CENTRES: Record<string, { lat: number; lon: number }> = {
  Demoby: { lat: 59.956, lon: 11.049 },
  Nordby: { lat: 60.035, lon: 11.03 },
  Sørli: { lat: 59.905, lon: 11.02 },
  Østmoen: { lat: 59.968, lon: 11.17 },
  Vestli: { lat: 59.955, lon: 10.93 },
  Bekkestad: { lat: 60.0, lon: 11.1 },
  Elvestad: { lat: 59.92, lon: 11.12 },
  Nabobygda: { lat: 60.12, lon: 11.26 },
};

export const STREET_SUFFIXES = ['veien', 'vegen', 'gata', 'bakken', 'lia', 'stien'];

/** Words for readable generated passwords: lower-case, no æøå, so they type the same on any keyboard. */
export const PASSWORD_WORDS = words(`
  abborre agurk akkord alpakka ankel appelsin asfalt august ballong banan barnehage basar bever bjelle
  blekk blomst bokhylle bolle bonde bringe brygge bukett daler delfin dikt dolk drage drops due dyne
  eik elefant elg elv eple esel fakkel fasan fele ferge fiolin fjell fjord flagg fotball frosk furu
  gaffel gitar glass gran gress grotte hammer hare hatt hav hegre hest hippo hjort honning humle hvete
  hytte iglo ilder iris jakke joggesko juni kajakk kakao kamel kanel kano karusell katt kikkert kiwi
  klokke kompass kopp krabbe kritt kvist lakris lampe laks lavendel lerke linse list lokomotiv
  lommelykt lyng mais mandel marsipan melon meis mose mus mynte nebb nisse nokkel notat oliven orkide
  oter padle palme panda papir paraply pensel pingvin planet plomme polka pute radio rakett regn rein
  rips robot rose rosin ruter sag sandal saft sekk sirkus sitron skalle skilt skje skog skute sky
  sleide slott smule snegle sokk sol spade speil spurv stjerne storm strand sukker sykkel tak tavle
  teppe tiger tomat topp traktor trapp tromme tulipan tunnel ugle ull vaffel valnott vante vifte
  vinter volum vulkan yoghurt zebra orret
`);
