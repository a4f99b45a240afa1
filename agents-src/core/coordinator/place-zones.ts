/**
 * The time zone of a place a user names ("new york", "tokyo", "india"): a city that names an IANA
 * zone (every zone Node's ICU knows, "America/New_York" read as "new york"), else a country with one
 * zone or a large city that names none, from the table below. `undefined` when the place is neither,
 * or is a country that spans several zones (the user is asked for a city).
 */
const aliases: Record<string, string> = {
  // Countries with one zone.
  "uk": "Europe/London", "the uk": "Europe/London", "britain": "Europe/London", "great britain": "Europe/London", "england": "Europe/London",
  "scotland": "Europe/London", "wales": "Europe/London", "northern ireland": "Europe/London", "ireland": "Europe/Dublin",
  "france": "Europe/Paris", "germany": "Europe/Berlin", "spain": "Europe/Madrid", "italy": "Europe/Rome", "netherlands": "Europe/Amsterdam",
  "holland": "Europe/Amsterdam", "belgium": "Europe/Brussels", "poland": "Europe/Warsaw", "greece": "Europe/Athens", "sweden": "Europe/Stockholm",
  "norway": "Europe/Oslo", "denmark": "Europe/Copenhagen", "finland": "Europe/Helsinki", "switzerland": "Europe/Zurich", "austria": "Europe/Vienna",
  "portugal": "Europe/Lisbon", "turkey": "Europe/Istanbul", "ukraine": "Europe/Kyiv", "india": "Asia/Kolkata", "pakistan": "Asia/Karachi",
  "bangladesh": "Asia/Dhaka", "sri lanka": "Asia/Colombo", "nepal": "Asia/Kathmandu", "china": "Asia/Shanghai", "japan": "Asia/Tokyo",
  "south korea": "Asia/Seoul", "korea": "Asia/Seoul", "philippines": "Asia/Manila", "the philippines": "Asia/Manila", "vietnam": "Asia/Ho_Chi_Minh",
  "thailand": "Asia/Bangkok", "malaysia": "Asia/Kuala_Lumpur", "israel": "Asia/Jerusalem", "uae": "Asia/Dubai", "the uae": "Asia/Dubai",
  "saudi arabia": "Asia/Riyadh", "egypt": "Africa/Cairo", "nigeria": "Africa/Lagos", "ghana": "Africa/Accra", "kenya": "Africa/Nairobi",
  "south africa": "Africa/Johannesburg", "new zealand": "Pacific/Auckland", "jamaica": "America/Jamaica", "trinidad": "America/Port_of_Spain",
  "argentina": "America/Argentina/Buenos_Aires", "colombia": "America/Bogota", "peru": "America/Lima", "chile": "America/Santiago",
  // States and provinces (most of each on one zone), which people name as often as a city.
  "california": "America/Los_Angeles", "oregon": "America/Los_Angeles", "nevada": "America/Los_Angeles", "washington state": "America/Los_Angeles",
  "arizona": "America/Phoenix", "colorado": "America/Denver", "utah": "America/Denver", "texas": "America/Chicago", "illinois": "America/Chicago",
  "florida": "America/New_York", "new york state": "America/New_York", "massachusetts": "America/New_York",
  "hawaii": "Pacific/Honolulu", "alaska": "America/Anchorage", "ontario": "America/Toronto", "quebec": "America/Toronto",
  "british columbia": "America/Vancouver", "alberta": "America/Edmonton", "new south wales": "Australia/Sydney", "victoria": "Australia/Melbourne",
  "queensland": "Australia/Brisbane", "western australia": "Australia/Perth", "south australia": "Australia/Adelaide",
  // Large cities whose zone is named after another.
  "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
  "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata", "beijing": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong", "abuja": "Africa/Lagos",
  "washington": "America/New_York", "washington dc": "America/New_York", "boston": "America/New_York", "miami": "America/New_York",
  "atlanta": "America/New_York", "philadelphia": "America/New_York", "new york city": "America/New_York", "nyc": "America/New_York",
  "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "las vegas": "America/Los_Angeles", "la": "America/Los_Angeles",
  "houston": "America/Chicago", "dallas": "America/Chicago", "austin": "America/Chicago", "montreal": "America/Toronto", "ottawa": "America/Toronto",
  "calgary": "America/Edmonton", "sydney": "Australia/Sydney", "canberra": "Australia/Sydney", "cape town": "Africa/Johannesburg",
  "manchester": "Europe/London", "edinburgh": "Europe/London", "glasgow": "Europe/London", "cardiff": "Europe/London", "belfast": "Europe/London",
  "barcelona": "Europe/Madrid", "milan": "Europe/Rome", "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin", "geneva": "Europe/Zurich",
  "st petersburg": "Europe/Moscow", "kiev": "Europe/Kyiv", "saint petersburg": "Europe/Moscow", "ho chi minh city": "Asia/Ho_Chi_Minh",
  "saigon": "Asia/Ho_Chi_Minh", "rio": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo", "abu dhabi": "Asia/Dubai",
  // Cities said today as ICU does not spell its zone: ICU keeps the zone's old name ("Asia/Katmandu", "Asia/Calcutta",
  // "Asia/Rangoon", "Europe/Kiev"), so the city as said names none.
  "kathmandu": "Asia/Kathmandu", "kolkata": "Asia/Kolkata", "yangon": "Asia/Yangon", "kyiv": "Europe/Kyiv", "nuuk": "America/Nuuk",
  "asmara": "Africa/Asmara",
  // Cities by the names their own people call them.
  "joburg": "Africa/Johannesburg", "jozi": "Africa/Johannesburg", "jhb": "Africa/Johannesburg", "vegas": "America/Los_Angeles",
  "philly": "America/New_York", "frisco": "America/Los_Angeles", "big apple": "America/New_York", "the big apple": "America/New_York",
  "brum": "Europe/London", "kl": "Asia/Kuala_Lumpur",
};

/** Every zone's city, as people say it: "America/Argentina/Buenos_Aires" is "buenos aires". */
const zoneCities: ReadonlyMap<string, string> = new Map(
  Intl.supportedValuesOf("timeZone").map((zone) => [zone.split("/").pop()!.replace(/_/g, " ").toLowerCase(), zone]),
);

// Countries and states that span several zones: named after a city, they only say where it is.
const regionsOfSeveralZones = new Set(["australia", "canada", "usa", "the usa", "us", "the us", "america", "united states", "the united states", "brazil", "russia", "mexico", "indonesia"]);
const knownZone = (said: string): string | undefined => aliases[said] ?? zoneCities.get(said);

/**
 * "sydney australia", "toronto canada": a city named with the country or state it is in. A region of one zone decides
 * ("perth scotland" is Scotland's, not Australia's Perth); of several, the city does.
 */
function cityWithRegion(said: string): string | undefined {
  const words = said.split(" ");
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const region = words.slice(cut).join(" ");
    const zone = knownZone(words.slice(0, cut).join(" "));
    const regionZone = knownZone(region);
    if (zone && (regionZone !== undefined || regionsOfSeveralZones.has(region))) return regionZone ?? zone;
  }
  return undefined;
}

export function placeZone(place: string): string | undefined {
  const said = place.toLowerCase().replace(/[.',]/g, "").replace(/\s+/g, " ").trim();
  const zone = knownZone(said) ?? cityWithRegion(said);
  // An alias names a zone ICU may spell otherwise ("Asia/Kolkata" is "Asia/Calcutta" in some builds).
  return zone && isZone(zone) ? zone : undefined;
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
