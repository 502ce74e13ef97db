// Regenerates the map geometry the public site ships with, and the reference points the Java
// Albers USA projection is tested against. Usage: cd tools/map && npm install && npm run build
//
// Input: us-atlas 3.0.1 counties-albers-10m.json (Census 2017 boundaries, already projected by
// d3.geoAlbersUsa().scale(1300).translate([487.5, 305]) into a 975x610 frame).
// Output: ../../src/main/resources/map/us-albers.json: SVG path data per state and per county.
import {readFileSync, writeFileSync, mkdirSync} from "node:fs";
import {createRequire} from "node:module";
import {geoAlbersUsa, geoPath} from "d3-geo";
import {feature, mesh} from "topojson-client";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("us-atlas/counties-albers-10m.json"), "utf8"));
const path = geoPath().digits(1);

const shapes = (object) => feature(topology, topology.objects[object]).features
    .map((f) => ({fips: f.id, name: f.properties.name, d: path(f)}))
    .filter((s) => s.d)
    .sort((a, b) => a.fips.localeCompare(b.fips));

const out = {
  source: "us-atlas 3.0.1 counties-albers-10m.json (US Census Bureau cartographic boundaries 2017, ISC)",
  projection: "d3.geoAlbersUsa().scale(1300).translate([487.5, 305])",
  width: 975,
  height: 610,
  nation: path(feature(topology, topology.objects.nation)),
  stateBorders: path(mesh(topology, topology.objects.states, (a, b) => a !== b)),
  states: shapes("states"),
  counties: shapes("counties"),
};
mkdirSync("../../src/main/resources/map", {recursive: true});
writeFileSync("../../src/main/resources/map/us-albers.json", JSON.stringify(out));

// Reference points for AlbersUsaTest: the same projection as the atlas, computed by d3 itself.
const projection = geoAlbersUsa().scale(1300).translate([487.5, 305]);
const places = [
  ["Chicago", 41.8781, -87.6298], ["New York", 40.7128, -74.006], ["Washington", 38.9072, -77.0369],
  ["San Francisco", 37.7749, -122.4194], ["Miami", 25.7617, -80.1918], ["Seattle", 47.6062, -122.3321],
  ["Bangor", 44.8012, -68.7778], ["Brownsville", 25.9017, -97.4975], ["Anchorage", 61.2181, -149.9003],
  ["Juneau", 58.3019, -134.4197], ["Honolulu", 21.3069, -157.8583], ["Hilo", 19.7241, -155.0868],
  ["London (outside every inset)", 51.5072, -0.1276], ["Mexico City (outside every inset)", 19.4326, -99.1332],
];
mkdirSync("../../src/test/resources/map", {recursive: true});
writeFileSync("../../src/test/resources/map/albers-usa-reference.json", JSON.stringify(
    places.map(([name, lat, lon]) => ({name, latitude: lat, longitude: lon, xy: projection([lon, lat])})), null, 1) + "\n");
console.log("states", out.states.length, "counties", out.counties.length);
