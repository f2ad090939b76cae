// The built-in example: runs against the built package (npm run demo builds first), through the
// public API only. This script may print; the library never does.
import { toDecimal } from "koploper";

const litres = toDecimal("570791");
const factor = toDecimal("3.135");
console.log("koploper demo");
console.log(`Diesel: ${litres.toString()} l x ${factor.toString()} kg CO2/l = ${litres.times(factor).toString()} kg CO2`);
