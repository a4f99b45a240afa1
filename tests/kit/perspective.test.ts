import { swapPerson } from "../../agents-src/kit/perspective";

describe("swapPerson: the user's words read back in the assistant's voice", () => {
  it.each([
    // The user's own: I, me, my, mine, myself.
    ["my keys are in the drawer", "your keys are in the drawer"],
    ["I'm seeing the dentist and the car is mine", "you're seeing the dentist and the car is yours"],
    // The user's "we" takes the user in: the assistant says "you".
    ["our lodger is called marguerite", "your lodger is called marguerite"],
    ["Our boiler was serviced in may", "Your boiler was serviced in may"],
    ["we're away from the 3rd to the 10th", "you're away from the 3rd to the 10th"],
    ["we have to leave by 8", "you have to leave by 8"],
    ["the neighbours are feeding us on sunday", "the neighbours are feeding you on sunday"],
    ["the blue tent is ours", "the blue tent is yours"],
    ["we painted the shed ourselves", "you painted the shed yourselves"],
    ["WE", "YOU"],
    // The user's "you" is the assistant alone: "I" or "me", never "we".
    ["you owe us 20 pounds", "I owe you 20 pounds"],
    ["we told you about the boiler", "you told me about the boiler"],
    ["you said we could borrow your ladder", "I said you could borrow my ladder"],
    // Neither person: unchanged, and the country in capitals is not "us".
    ["the US embassy is on grosvenor square", "the US embassy is on grosvenor square"],
    ["the bus leaves at noon", "the bus leaves at noon"],
    ["user manuals are in the usual place", "user manuals are in the usual place"],
  ])("%j -> %j", (said, readBack) => {
    expect(swapPerson(said)).toBe(readBack);
  });

  it.each([
    // Read back and read back again: the singular persons return to the user's words.
    "my car is on level 5",
    "you owe me 5 dollars",
    "I lent my ukulele to jo",
  ])("swaps the singular persons both ways: %j", (said) => {
    expect(swapPerson(swapPerson(said))).toBe(said);
  });
});
