import { cmuPhonesFromIpa, espeakPronunciation } from "../../agents-src/pc2/model-server/espeak-pronunciation";

describe("espeak-ng phonemes as CMU phones", () => {
  it.each([
    // espeak-ng -q --ipa --sep=_ -v en-us WORD, and the phones its mapping must give.
    ["ɹ_ˈɑː_ɾ_ɚ_d_ˌæ_m", "R AA T ER D AE M"],
    ["tʃ_ˈɜː_tʃ", "CH ER CH"],
    ["θ_ˈɔː_t", "TH AO T"],
    ["b_ˈɔɪ k_ˈaʊ", "B OY K AW"],
    ["k_j_ˈʊɹ", "K Y UH R"],
    ["ʃ_ɪ_v_ˈɔː_n", "SH IH V AO N"],
    ["ˈɪ_m_ə_d\u200dʒ_ə_n", "IH M AH JH AH N"],
  ])("maps %s to %s", (ipa, phones) => {
    expect(cmuPhonesFromIpa(ipa).join(" ")).toBe(phones);
  });

  it("names a phoneme it has no phone for", () => {
    expect(() => cmuPhonesFromIpa("b_ʘ_d")).toThrow('no CMU phone for espeak-ng phoneme "ʘ" in "b_ʘ_d"');
  });

  it("pronounces words the dictionary lacks as espeak-ng says them", async () => {
    expect((await espeakPronunciation("aoife")).join(" ")).toBe("IY F AH");
    expect((await espeakPronunciation("zhytomyr")).join(" ")).toBe("ZH AY T AA M ER");
  });
});
