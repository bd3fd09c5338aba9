// Password rules for sign-up (NIST SP 800-63B style): a minimum length, long passphrases allowed,
// no composition rules, and a blocklist of the passwords attackers try first. Compared
// case-insensitively, so "Password123" is as blocked as "password123".
//
// The list is written for this project: frequently reported base words and keyboard/digit patterns,
// each combined with the suffixes people add to reach a length rule. Only entries of at least
// PASSWORD_MIN_LENGTH characters matter (shorter ones are refused by length already), so only those
// are kept. Extend BASE_WORDS / SUFFIXES / PATTERNS to tighten it.

/** Counted in Unicode code points, so a passphrase of emoji or accented letters counts fairly. */
export const PASSWORD_MIN_LENGTH = 8;
/** Generous for passphrases, small enough that hashing it is never a denial-of-service vector. */
export const PASSWORD_MAX_LENGTH = 256;

export function passwordLength(password: string): number {
  return [...password].length;
}

const PATTERNS = [
  '12345678', '123456789', '1234567890', '0123456789', '01234567', '87654321', '987654321', '9876543210',
  '12341234', '12121212', '11223344', '112233445566', '123123123', '123321123', '12344321', '1234554321',
  '147258369', '159753456', '123654789', '741852963', '963852741', '789456123', '147852369', '987456321',
  '00000000', '11111111', '22222222', '33333333', '44444444', '55555555', '66666666', '77777777', '88888888',
  '99999999', '000000000', '111111111', '999999999', '0000000000', '1111111111', '12345678910', '1234567899',
  '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4', 'q1w2e3r4t5', 'q1w2e3r4t5y6', '1qaz2wsx', '1qazxsw2',
  'zaq12wsx', 'zaq1zaq1', 'zaq1xsw2', 'xsw2zaq1', '2wsx3edc', 'qazwsxedc', 'qazwsxedcrfv', '1qaz2wsx3edc',
  'qwertyui', 'qwertyuiop', 'qwerty123', 'qwerty1234', 'qwerty12345', 'qwertyu1', 'qwer1234', 'qwerasdf',
  'qwertz123', 'qwertzuiop', 'qwertz1234', 'azertyuiop', 'azerty123', 'asdfghjk', 'asdfghjkl', 'asdfasdf',
  'asdf1234', 'asd12345', 'zxcvbnm1', 'zxcvbnm123', 'zxcvbnma', 'zxcvbnmasdfghjkl', 'mnbvcxz1', 'poiuytrewq',
  'lkjhgfdsa', 'abcd1234', 'abc12345', 'abc123456', 'abcdefgh', 'abcdefg1', 'abcdefghi', 'abcdefghij',
  'a1b2c3d4', 'a1b2c3d4e5', 'aa123456', 'aaaaaaaa', 'aaaaaaaaa', 'aaaaaaaaaa', 'abcabcabc', 'aabbccdd',
  'qqqqqqqq', 'zzzzzzzz', 'xxxxxxxx', 'asdfjkl;', '!qaz2wsx', '!qaz@wsx', '1q2w3e4r!', 'q1w2e3r4!',
  'p@ssw0rd', 'p@ssword', 'passw0rd', 'pa$$word', 'pa55word', 'pa55w0rd', 'p4ssw0rd', 'p4ssword', 'passwort',
  'password', 'passwords', 'mypassword', 'newpassword', 'yourpassword', 'thepassword', 'nopassword',
  'secretpassword', 'passwordpassword', 'password!', 'passpass', 'passw0rd!', 'p@ssw0rd!', 'p@$$w0rd',
  'iloveyou', 'iloveyou!', 'iloveyou1', 'iloveyou2', 'iloveyou12', 'iloveyou123', 'iloveu123', 'ilovemom',
  'ilovedad', 'iloveme1', 'ilovemyself', 'ilovegod', 'ilovejesus', 'jesus123', 'jesuschrist', 'trustno1',
  'trustno1!', 'letmein1', 'letmein123', 'letmein!', 'letmeinnow', 'welcome1', 'welcome12', 'welcome123',
  'welcome!', 'welcome1!', 'welcome2024', 'welcome2025', 'changeme', 'changeme1', 'changeme123', 'changeit',
  'default1', 'administrator', 'admin123', 'admin1234', 'admin12345', 'adminadmin', 'administrator1',
  'rootroot', 'root1234', 'toor1234', 'letmein12', 'opensesame', 'whatever', 'whatever1', 'nothing1',
  'blahblah', 'blahblah1', 'helloworld', 'hello123', 'hello1234', 'hellohello', 'goodluck', 'goodbye1',
  'loveyou1', 'lovelove', 'loveloves', 'football1', 'sunshine1', 'princess1', 'baseball1', 'superman1',
  'starwars1', 'computer1', 'internet1', 'michael1', 'jennifer1', 'jordan23', 'michael23', 'lebronjames',
  'chocolate', 'butterfly', 'elephant', 'dolphins', 'password01', 'password12', 'password123', 'password1234',
  'password12345', 'password123456', 'password1!', 'password123!', 'password2', 'password3', 'password7',
  'password9', 'password99', 'password00', 'password11', 'password69', 'password2020', 'password2021',
  'password2022', 'password2023', 'password2024', 'password2025', 'password2026', 'passw0rd1', 'p@ssw0rd1',
  'p@ssw0rd123', 'passw0rd123', 'qwerty!@#', '!@#$%^&*', '!@#$%^&*()', '1234qwer', '1234asdf', '1234abcd',
  'qweasdzxc', 'qweqweqwe', 'asdasdasd', 'zxczxczxc', '123qweasd', '123qweasdzxc', '1qw23er4', 'qwe123qwe',
  'test1234', 'test12345', 'testtest', 'testing1', 'testing123', 'guest123', 'user1234', 'demo1234',
  'demodemo', 'shopping', 'shopping1', 'customer', 'customer1', 'commerce', 'ecommerce', 'storefront',
  'onlineshop', 'webshop1', 'myshop123', 'checkout', 'discount', 'freeshipping', 'bestbuy1', 'amazon123',
];

const BASE_WORDS = [
  'password', 'passwort', 'qwerty', 'qwertz', 'azerty', 'iloveyou', 'princess', 'sunshine', 'football',
  'baseball', 'basketball', 'superman', 'batman', 'spiderman', 'letmein', 'welcome', 'monkey', 'dragon',
  'master', 'shadow', 'michael', 'jennifer', 'jordan', 'hunter', 'ranger', 'buster', 'soccer', 'harley',
  'hockey', 'killer', 'starwars', 'freedom', 'computer', 'internet', 'pokemon', 'charlie', 'thomas', 'robert',
  'daniel', 'jessica', 'ashley', 'michelle', 'nicole', 'matthew', 'andrew', 'joshua', 'pepper', 'ginger',
  'summer', 'winter', 'flower', 'cookie', 'cheese', 'banana', 'orange', 'purple', 'silver', 'golden', 'tigger',
  'maggie', 'samantha', 'taylor', 'amanda', 'anthony', 'justin', 'william', 'chelsea', 'arsenal', 'liverpool',
  'barcelona', 'naruto', 'minecraft', 'fortnite', 'roblox', 'admin', 'secret', 'access', 'login', 'hello',
  'lovely', 'loveme', 'babygirl', 'angel', 'friends', 'family', 'mother', 'america', 'london', 'berlin',
  'hallo', 'geheim', 'schatz', 'fussball', 'google', 'facebook', 'samsung', 'iphone', 'android', 'windows',
  'mustang', 'ferrari', 'porsche', 'corvette', 'mercedes', 'diamond', 'peanut', 'bailey', 'yankees',
  'dallas', 'austin', 'thunder', 'matrix', 'jackson', 'abcdef', 'zxcvbnm', 'asdfgh', 'qazwsx', 'test',
  'changeme', 'shopping', 'monday', 'august', 'october', 'december', 'charlotte', 'sophie', 'andrea',
];

const SUFFIXES = ['', '1', '12', '123', '1234', '12345', '!', '1!', '123!', '01', '69', '99', '007', '2024', '2025', '2026'];

function buildList(): Set<string> {
  const list = new Set<string>();
  const add = (candidate: string) => {
    if (passwordLength(candidate) >= PASSWORD_MIN_LENGTH) list.add(candidate.toLowerCase());
  };
  PATTERNS.forEach(add);
  for (const word of BASE_WORDS) for (const suffix of SUFFIXES) add(word + suffix);
  // Doubled short words ("monkeymonkey") and years appended to the shortest ones.
  for (const word of BASE_WORDS) if (word.length <= 6) add(word + word);
  return list;
}

let common: Set<string> | undefined;

/** The blocklist (lower case), built once on first use. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= buildList();
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'matches_email';

/** The first rule a sign-up password breaks, or null. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (isCommonPassword(password)) return 'too_common';
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@', 1)[0] ?? '';
  if (lowered === address || (localPart.length > 0 && lowered === localPart)) return 'matches_email';
  return null;
}
