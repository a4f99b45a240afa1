import { roleGender } from "../../agents-src/kit/person-roles";

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
