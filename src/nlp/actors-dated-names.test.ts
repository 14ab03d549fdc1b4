// Names two people share, told apart by the article date and by a state word before the title: "King Abdullah"
// (Jordan's Abdullah II since 1999, Saudi Arabia's king of 2005-2015), "President Aliyev" (Heydar, then Ilham), and
// a surname that an undated record kept in office ("Assad" after his fall).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

/** "text=CODE/role/person" of each mention found on `date`. */
const at = (text: string, date: string) =>
  findActorMentions(text, [], { date }).map(
    (m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}/${m.actor.person ?? ""}`,
  );

test("'King Abdullah' is Jordan's outside Saudi Arabia's King Abdullah's reign, and the state word before it decides", () => {
  assert.deepEqual(at("King Abdullah met Putin.", "2020-06-01")[0], "King Abdullah=JOR/government/King Abdullah II");
  // In 2003 Saudi Arabia's Abdullah was crown prince, not king.
  assert.deepEqual(at("King Abdullah met Putin.", "2003-06-01")[0], "King Abdullah=JOR/government/King Abdullah II");
  assert.deepEqual(
    at("Crown Prince Abdullah met Putin.", "2003-06-01")[0],
    "Crown Prince Abdullah=SAU/government/Crown Prince Abdullah bin Abdulaziz",
  );
  // While both reigned, "Saudi" or "Jordan's" says whose.
  assert.deepEqual(
    at("Saudi King Abdullah met Putin.", "2010-06-01")[0],
    "Saudi King Abdullah=SAU/government/Abdullah bin Abdulaziz",
  );
  assert.deepEqual(
    at("Saudi Arabia's King Abdullah met Putin.", "2010-06-01")[0],
    "Saudi Arabia's King Abdullah=SAU/government/Abdullah bin Abdulaziz",
  );
  assert.deepEqual(
    at("Jordan's King Abdullah met Putin.", "2010-06-01")[0],
    "Jordan's King Abdullah=JOR/government/King Abdullah II",
  );
  assert.deepEqual(
    at("Jordanian King Abdullah met Putin.", "2010-06-01")[0],
    "Jordanian King Abdullah=JOR/government/King Abdullah II",
  );
});

test("'President Aliyev' is Heydar Aliyev until October 2003, then Ilham Aliyev", () => {
  assert.deepEqual(at("President Aliyev met Putin.", "2002-06-01")[0], "President Aliyev=AZE/government/Heydar Aliyev");
  assert.deepEqual(at("President Aliyev met Putin.", "2025-06-01")[0], "President Aliyev=AZE/government/Ilham Aliyev");
});

test("'Assad' keeps Syria but not its government after his fall on 8 December 2024", () => {
  assert.deepEqual(at("Assad met Putin.", "2016-06-01")[0], "Assad=SYR/government/Bashar al-Assad");
  assert.deepEqual(at("Assad met Putin.", "2025-06-01")[0], "Assad=SYR//Bashar al-Assad");
  assert.deepEqual(at("Mr. Assad fled to Moscow.", "2025-06-01")[0], "Mr. Assad=SYR//Bashar al-Assad");
  // The state's government is still its government.
  assert.deepEqual(at("Syria's government criticised Israel.", "2025-06-01")[0], "Syria's government=SYR/government/");
});

test("Chinese and Korean surnames come first, and a generational suffix is no surname", () => {
  assert.deepEqual(at("President Lee met Putin.", "2025-10-01")[0], "President Lee=KOR/government/Lee Jae-myung");
  assert.deepEqual(at("President Lee met Putin.", "2010-10-01")[0], "President Lee=KOR/government/Lee Myung-bak");
  assert.deepEqual(at("President Park met Putin.", "2015-10-01")[0], "President Park=KOR/government/Park Geun-hye");
  assert.deepEqual(at("Premier Li met Putin.", "2025-10-01")[0], "Premier Li=CHN/government/Li Qiang");
  assert.deepEqual(at("President Hu met Putin.", "2010-10-01")[0], "President Hu=CHN/government/Hu Jintao");
  assert.deepEqual(
    at("President Lai criticised Beijing.", "2025-10-01")[0],
    "President Lai=TWN/government/Lai Ching-te",
  );
  assert.deepEqual(
    at("Kim Jong Un met Putin. Kim said the talks went well.", "2025-10-01").at(-1),
    "Kim=PRK/government/Kim Jong Un",
  );
  assert.deepEqual(
    at("President Marcos met Putin.", "2025-10-01")[0],
    "President Marcos=PHL/government/Ferdinand Marcos Jr.",
  );
  // A given name after a title names no one.
  assert.deepEqual(at("President Jinping met Putin.", "2025-10-01")[0], "Putin=RUS/government/Vladimir Putin");
});

test("an English given name written first is no surname, even for a Hong Kong official listed under China", () => {
  // before: CHN/government (Michael Suen, Rita Fan in office in 2008)
  assert.deepEqual(at("Prince Michael met Putin.", "2008-06-01")[0], "Putin=RUS/government/Vladimir Putin");
  assert.deepEqual(at("Secretary Rita said talks went well.", "2008-06-01"), []);
  assert.deepEqual(
    at("Ambrose Lee met Putin. Lee said the talks went well.", "2008-06-01").at(-1),
    "Lee=CHN//Ambrose Lee",
  );
});

test("a pope is named by title and regnal name without the number, and only while he reigns", () => {
  assert.deepEqual(at("Pope Leo urged restraint.", "2025-11-20"), ["Pope Leo=VAT/government/Pope Leo XIV"]);
  assert.deepEqual(at("Leo XIV urged restraint.", "2026-02-01"), ["Leo XIV=VAT/government/Pope Leo XIV"]);
  assert.deepEqual(at("Pope Benedict urged restraint.", "2010-06-01"), [
    "Pope Benedict=VAT/government/Pope Benedict XVI",
  ]);
  assert.deepEqual(at("Pope Leo urged restraint.", "2010-06-01"), []);
  // The rows end when the reign ends: Francis died on 2025-04-21.
  assert.deepEqual(at("Pope Francis urged restraint.", "2025-11-20"), ["Pope Francis=VAT//Pope Francis"]);
});

test("a title before an English given name names no official listed given name first ('Minister York' is not York Chow)", () => {
  assert.deepEqual(at("Minister York said talks would go on.", "2006-05-01"), []);
  assert.deepEqual(at("Secretary Chow said talks would go on.", "2006-05-01"), [
    "Secretary Chow=CHN/government/York Chow",
  ]);
  // A surname written first is still the surname: Macau's Sam Hou Fai, China's Li Qiang.
  assert.deepEqual(at("Premier Li said talks would go on.", "2025-05-01"), ["Premier Li=CHN/government/Li Qiang"]);
});

test("a pope's or a monarch's title names only a holder of that office ('Pope John' is no prime minister St. John)", () => {
  // Surnames after these titles once took any listed namesake in some term: Barbados's Bernard St. John, the Bahamas'
  // John Warburton Paul.
  assert.deepEqual(at("Pope John met Barak.", "2000-03-20"), ["Barak=ISR/government/Ehud Barak"]);
  assert.deepEqual(at("King Paul met Barak.", "2000-03-20"), ["Barak=ISR/government/Ehud Barak"]);
  assert.deepEqual(at("Pope John Paul met Barak.", "2000-03-20"), [
    "Pope John Paul=VAT/government/Pope John Paul II",
    "Barak=ISR/government/Ehud Barak",
  ]);
  assert.deepEqual(at("Sultan Qaboos met Barak.", "2000-03-20")[0], "Sultan Qaboos=OMN/government/Qaboos bin Said");
  assert.deepEqual(at("King Harald met Putin.", "2020-03-20")[0], "King Harald=NOR/government/Harald V");
  // Other titles are shared by many offices and keep their namesakes: "Secretary Chow" above.
});
