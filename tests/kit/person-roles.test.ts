import { roleGender, titleGender } from "../../agents-src/kit/person-roles";

describe("roleGender", () => {
  it.each([
    ["my wife", "she"],
    ["our landlady", "she"],
    ["my sister", "she"],
    ["my granddaughter", "she"],
    ["my son", "he"],
    ["my wife's brother", "he"],
    ["my husband", "he"],
    ["the landlord", "he"],
  ])("%j is %j", (person, pronoun) => expect(roleGender(person)).toBe(pronoun));

  // Neither: a role that says nothing of it, a thing, a name.
  it.each(["my friend", "our vet", "my son's coach", "my car", "gordon", "my wifes birthday", "the wifi password"])("%j says neither", (person) => {
    expect(roleGender(person)).toBeUndefined();
  });
});

describe("titleGender", () => {
  it.each([
    ["jaylen's teacher is Ms. Okafor", "she"],
    ["the headteacher is mrs patel", "she"],
    ["our plumber is Mr. Dsouza", "he"],
    ["the vet is mr jones", "he"],
  ])("%j: %j", (fact, pronoun) => expect(titleGender(fact)).toBe(pronoun));
  it.each(["my car is on level 5", "the mister softee van comes at 4", "my teacher is dr khan", "mrs"])("%j says neither", (fact) => expect(titleGender(fact)).toBeUndefined());
});
