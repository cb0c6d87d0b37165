import { describe } from 'node:test';
import { checkMentions, type MentionCase } from './fixtures/check-mentions.js';
import { defaultActorDictionary } from './load-dictionary.js';

// Our own sentences about Libya, Afghanistan, Pakistan, Ukraine, Sudan and Myanmar,
// international organisations, outlets and generic nouns: every mention expected.
const cases: MentionCase[] = [

  {
    text: "Khalifa Haftar's Libyan National Army launched an offensive on Tripoli in April 2019.",
    actors: [
      [0, 14, "Khalifa Haftar", "Khalifa Haftar", "LNA"],
      [17, 37, "Libyan National Army", "Libyan National Army", "LNA"],
    ],
  },

  {
    text: "Misrata brigades loyal to the GNA, backed by Turkish drones, pushed the LNA out of Gharyan.",
    actors: [
      [0, 16, "Misrata brigades", "Misrata brigades", "LBY-GNA"],
      [30, 33, "GNA", "Government of National Accord", "LBY-GNA"],
      [45, 59, "Turkish drones", "Turkish Armed Forces", "TUR"],
      [72, 75, "LNA", "Libyan National Army", "LNA"],
    ],
  },

  {
    text: "Russian mercenaries from the Wagner Group were seen near Sirte.",
    actors: [
      [0, 19, "Russian mercenaries", "militants", null],
      [29, 41, "Wagner Group", "Wagner Group", "RUS"],
    ],
  },

  {
    text: "Taliban fighters overran a checkpoint in Helmand, killing five Afghan police officers.",
    actors: [
      [0, 16, "Taliban fighters", "Taliban", "TALIBAN"],
      [63, 85, "Afghan police officers", "Afghan National Police", "AFG-GOV"],
    ],
  },

  {
    text: "The Haqqani network and Islamic State Khorasan Province were blamed for the Kabul bombings.",
    actors: [
      [4, 19, "Haqqani network", "Haqqani network", "TALIBAN"],
      [24, 55, "Islamic State Khorasan Province", "Islamic State Khorasan Province", "IS"],
    ],
  },

  {
    text: "Pakistani security forces killed four TTP militants in North Waziristan, the ISPR said.",
    actors: [
      [0, 25, "Pakistani security forces", "Pakistan Armed Forces", "PAK-GOV"],
      [38, 51, "TTP militants", "Tehrik-i-Taliban Pakistan", "TTP"],
      [77, 81, "ISPR", "Inter-Services Public Relations", "PAK-GOV"],
    ],
  },

  {
    text: "NATO's Resolute Support mission said Afghan commandos were supported by U.S. air strikes.",
    actors: [
      [0, 31, "NATO's Resolute Support mission", "Resolute Support Mission", "COALITION"],
      [37, 53, "Afghan commandos", "Afghan National Army Commando Corps", "AFG-GOV"],
      [72, 88, "U.S. air strikes", "United States Air Force", "USA"],
    ],
  },

  {
    text: "Ukraine's armed forces said Russian troops shelled Kharkiv overnight.",
    actors: [
      [0, 22, "Ukraine's armed forces", "Armed Forces of Ukraine", "UKR"],
      [28, 42, "Russian troops", "Russian Armed Forces", "RUS"],
    ],
  },

  {
    text: "Fighters of the Donetsk People's Republic and Wagner mercenaries stormed Bakhmut.",
    actors: [
      [0, 8, "Fighters", "militants", null],
      [16, 41, "Donetsk People's Republic", "Donetsk People's Republic", "RUS"],
      [46, 64, "Wagner mercenaries", "Wagner Group", "RUS"],
    ],
  },

  {
    text: "President Volodymyr Zelensky visited the Azov Brigade near Zaporizhzhia.",
    actors: [
      [10, 28, "Volodymyr Zelensky", "Volodymyr Zelensky", "UKR"],
      [41, 53, "Azov Brigade", "Azov Brigade", "UKR"],
    ],
  },

  {
    text: "The Rapid Support Forces, led by Mohamed Hamdan Dagalo, known as Hemedti, besieged El Fasher.",
    actors: [
      [4, 24, "Rapid Support Forces", "Rapid Support Forces", "RSF"],
      [33, 54, "Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo", "RSF"],
      [65, 72, "Hemedti", "Mohamed Hamdan Dagalo", "RSF"],
    ],
  },

  {
    text: "Sudan's army said its aircraft bombed RSF positions in Khartoum North.",
    actors: [
      [0, 12, "Sudan's army", "Sudanese Armed Forces", "SDN-SAF"],
      [38, 41, "RSF", "Rapid Support Forces", "RSF"],
    ],
  },

  {
    text: "The Arakan Army and the TNLA, with MNDAA fighters, seized Lashio from the Tatmadaw.",
    actors: [
      [4, 15, "Arakan Army", "Arakan Army", "AA"],
      [24, 28, "TNLA", "Ta'ang National Liberation Army", "TNLA"],
      [35, 49, "MNDAA fighters", "Myanmar National Democratic Alliance Army", "MNDAA"],
      [74, 82, "Tatmadaw", "Tatmadaw", "MMR-MIL"],
    ],
  },

  {
    text: "People's Defence Force units loyal to the National Unity Government ambushed junta troops in Sagaing.",
    actors: [
      [0, 28, "People's Defence Force units", "People's Defence Force", "PDF"],
      [42, 67, "National Unity Government", "National Unity Government", "PDF"],
      [77, 89, "junta troops", "Tatmadaw", "MMR-MIL"],
    ],
  },

  {
    text: "The Kachin Independence Army (KIA) said Myanmar military jets bombed a camp for displaced people.",
    actors: [
      [4, 28, "Kachin Independence Army", "Kachin Independence Army", "KIA"],
      [30, 33, "KIA", "Kachin Independence Army", "KIA"],
      [40, 61, "Myanmar military jets", "Tatmadaw", "MMR-MIL"],
      [80, 96, "displaced people", "civilians", "CIV"],
    ],
  },

  {
    text: "UNICEF and the World Food Programme warned of famine, while MSF said its hospital was hit.",
    actors: [
      [0, 6, "UNICEF", "UNICEF", null],
      [15, 35, "World Food Programme", "World Food Programme", null],
      [60, 63, "MSF", "Médecins Sans Frontières", null],
    ],
  },

  {
    text: "Amnesty International and Human Rights Watch called on the UN Security Council to act.",
    actors: [
      [0, 21, "Amnesty International", "Amnesty International", null],
      [26, 44, "Human Rights Watch", "Human Rights Watch", null],
      [59, 78, "UN Security Council", "UN Security Council", null],
    ],
  },

  {
    text: "OCHA said more than 40,000 residents had fled, and UNHCR registered the families.",
    actors: [
      [0, 4, "OCHA", "UN Office for the Coordination of Humanitarian Affairs", null],
      [27, 36, "residents", "civilians", "CIV"],
      [51, 56, "UNHCR", "UNHCR", null],
      [72, 80, "families", "civilians", "CIV"],
    ],
  },

  {
    text: "CNN reported, citing Reuters and the Associated Press, that IS’s leader had been killed.",
    actors: [
      [60, 62, "IS", "Islamic State", "IS"],
    ],
    outlets: [
      [0, 3, "CNN", "CNN"],
      [21, 28, "Reuters", "Reuters"],
      [33, 53, "the Associated Press", "Associated Press"],
    ],
  },

  {
    text: "The Islamic State's Amaq news agency said the group's fighters attacked Iraqi army positions.",
    actors: [
      [54, 62, "fighters", "militants", null],
      [72, 82, "Iraqi army", "Iraqi Army", "IRQ-GOV"],
    ],
    outlets: [
      [4, 36, "Islamic State's Amaq news agency", "Amaq"],
    ],
  },

  {
    text: "US troops and British jets supported Iraqi security forces, while French special forces trained Kurdish fighters.",
    actors: [
      [0, 9, "US troops", "United States Armed Forces", "USA"],
      [14, 26, "British jets", "Royal Air Force", "GBR"],
      [37, 58, "Iraqi security forces", "Iraqi Security Forces", "IRQ-GOV"],
      [66, 87, "French special forces", "French armed forces", "FRA"],
      [96, 112, "Kurdish fighters", "militants", null],
    ],
  },

  {
    text: "Iraq's special forces advanced while Syria's air force bombed rebel-held Aleppo.",
    actors: [
      [0, 21, "Iraq's special forces", "Counter Terrorism Service", "IRQ-GOV"],
      [37, 54, "Syria's air force", "Syrian Arab Air Force", "SYR-GOV"],
      [62, 67, "rebel", "rebels", null],
    ],
  },

  {
    text: "Pro-Russian separatists and Russian-backed militias attacked Ukrainian positions.",
    actors: [
      [0, 23, "Pro-Russian separatists", "Donbas separatists", "RUS"],
      [43, 51, "militias", "militias", null],
    ],
  },

  {
    text: "Anti-government protesters and Shi'ite militias clashed with police in Basra.",
    actors: [
      [16, 26, "protesters", "protesters", null],
      [31, 47, "Shi'ite militias", "militias", null],
      [61, 67, "police", "police", null],
    ],
  },

  {
    text: "Gunmen killed three villagers and abducted two children, the provincial governor said.",
    actors: [
      [0, 6, "Gunmen", "militants", null],
      [20, 29, "villagers", "civilians", "CIV"],
      [47, 55, "children", "civilians", "CIV"],
    ],
  },

  {
    text: "ISIL, also called Daesh or ISIS, lost its last stronghold at Baghouz.",
    actors: [
      [0, 4, "ISIL", "Islamic State", "IS"],
      [18, 23, "Daesh", "Islamic State", "IS"],
      [27, 31, "ISIS", "Islamic State", "IS"],
    ],
  },

  {
    text: "Médecins Sans Frontières said Öcalan's supporters and the Hashd al‑Shaabi were not involved.",
    actors: [
      [0, 24, "Médecins Sans Frontières", "Médecins Sans Frontières", null],
      [30, 36, "Öcalan", "Abdullah Ocalan", "PKK"],
      [58, 73, "Hashd al‑Shaabi", "Popular Mobilization Forces", "IRQ-GOV"],
    ],
  },

  {
    text: "Assad's forces and pro-Assad militias shelled Daraa, the U.N. said.",
    actors: [
      [0, 14, "Assad's forces", "Syrian Arab Army", "SYR-GOV"],
      [19, 37, "pro-Assad militias", "militias", "SYR-GOV"],
      [57, 61, "U.N.", "United Nations", null],
    ],
  },

  {
    text: "IS FIGHTERS SEIZE VILLAGE NEAR KIRKUK",
    actors: [
      [0, 11, "IS FIGHTERS", "Islamic State", "IS"],
    ],
  },

  {
    text: "IS claims Baghdad market bombing",
    actors: [
      [0, 2, "IS", "Islamic State", "IS"],
    ],
  },

  {
    text: "Obama Says Assad Must Go",
    actors: [
      [0, 5, "Obama", "Barack Obama", "USA"],
      [11, 16, "Assad", "Bashar al-Assad", "SYR-GOV"],
    ],
  },

  {
    text: "The anti-IS coalition flew 40 sorties, while Iraqi Prime Minister Haider al-Abadi visited the front.",
    actors: [
      [4, 21, "anti-IS coalition", "US-led coalition", "COALITION"],
      [45, 65, "Iraqi Prime Minister", "Government of Iraq", "IRQ-GOV"],
      [66, 81, "Haider al-Abadi", "Haider al-Abadi", "IRQ-GOV"],
    ],
  },
];

describe('actor and outlet mentions: Libya, Afghanistan, Pakistan, Ukraine, Sudan, Myanmar, IGOs, outlets, generic nouns', () => checkMentions(defaultActorDictionary, cases));
