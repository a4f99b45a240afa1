import { ordinalDigits } from "../../agents-src/kit/spoken-numbers";

// A day of the month said as an ordinal word is written as chrono-node reads it (round 21: "on the first of every month").
describe("ordinalDigits", () => {
  it.each([
    ["first", "1st"],
    ["second", "2nd"],
    ["fifteenth", "15th"],
    ["twenty first", "21st"],
    ["thirtieth", "30th"],
    ["3rd", "3rd"],
  ])("%j -> %j", (ordinal, digits) => {
    expect(ordinalDigits(ordinal)).toBe(digits);
  });
});
