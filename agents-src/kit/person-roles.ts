/**
 * The roles people and pets are told under ("my wife", "our vet", "the dog"): what a name can stand
 * for, and whose a thing is when it is someone's ("my sister's phone number").
 */
export const personRole =
  /\b(?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|aunt|uncle|niece|nephew|cousin|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandson|granddaughter|friend|boss|neighbou?r|colleague|teacher|doctor|dentist|vet|gp|plumber|electrician|builder|cleaner|babysitter|nanny|childminder|landlord|landlady|mechanic|accountant|lawyer|solicitor|physio|therapist|hairdresser|barber|coach|tutor|godson|goddaughter|girlfriend|boyfriend|fianc[eé]e?|dog|cat|puppy|kitten|rabbit|hamster|horse|parrot|pet|baby|kid|child|stepson|stepdaughter|in-law)s?\b/i;
