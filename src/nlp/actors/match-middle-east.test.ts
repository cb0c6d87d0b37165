import { describe } from 'node:test';
import { checkMentions, type MentionCase } from './fixtures/check-mentions.js';
import { defaultActorDictionary } from './load-dictionary.js';

// Our own sentences about the wars in Iraq, Syria, Yemen, Gaza and Lebanon: every
// mention expected in each, with offsets, surface text, canonical actor and side.
const cases: MentionCase[] = [
  {
    text: "Iraqi forces and Kurdish Peshmerga fighters pushed into Bashiqa on Monday, the Joint Operations Command said.",
    actors: [
      [0, 12, "Iraqi forces", "Iraqi Security Forces", "IRQ-GOV"],
      [17, 43, "Kurdish Peshmerga fighters", "Peshmerga", "KRG"],
      [79, 103, "Joint Operations Command", "Joint Operations Command", "IRQ-GOV"],
    ],
  },

  {
    text: "Fighters of the Popular Mobilisation Forces, known as Hashd al-Shaabi, cut the road west of Tal Afar.",
    actors: [
      [0, 8, "Fighters", "militants", null],
      [16, 43, "Popular Mobilisation Forces", "Popular Mobilization Forces", "IRQ-GOV"],
      [54, 69, "Hashd al-Shaabi", "Popular Mobilization Forces", "IRQ-GOV"],
    ],
  },

  {
    text: "Kata’ib Hezbollah denied any role in the rocket attack on the Green Zone.",
    actors: [
      [0, 17, "Kata’ib Hezbollah", "Kata'ib Hezbollah", "IRQ-GOV"],
    ],
  },

  {
    text: "The Golden Division, as the Counter-Terrorism Service is known, lost dozens of Humvees in the eastern districts.",
    actors: [
      [4, 19, "Golden Division", "Counter Terrorism Service", "IRQ-GOV"],
      [28, 53, "Counter-Terrorism Service", "Counter Terrorism Service", "IRQ-GOV"],
    ],
  },

  {
    text: "Yazidi fighters of the Sinjar Resistance Units (YBŞ) clashed with KDP-aligned units near Khanasor.",
    actors: [
      [0, 15, "Yazidi fighters", "militants", null],
      [23, 46, "Sinjar Resistance Units", "Sinjar Resistance Units", "PKK"],
      [48, 51, "YBŞ", "Sinjar Resistance Units", "PKK"],
      [66, 69, "KDP", "Kurdistan Democratic Party", "KRG"],
    ],
  },

  {
    text: "A PKK commander said Turkish drones had struck the Qandil mountains.",
    actors: [
      [2, 15, "PKK commander", "Kurdistan Workers' Party", "PKK"],
      [21, 35, "Turkish drones", "Turkish Armed Forces", "TUR"],
    ],
  },

  {
    text: "Syrian government forces backed by Russian jets retook Palmyra from Islamic State in March 2016.",
    actors: [
      [0, 24, "Syrian government forces", "Syrian Arab Army", "SYR-GOV"],
      [35, 47, "Russian jets", "Russian Aerospace Forces", "RUS"],
      [68, 81, "Islamic State", "Islamic State", "IS"],
    ],
  },

  {
    text: "Jaish al-Islam and Faylaq al-Rahman fought each other in Eastern Ghouta.",
    actors: [
      [0, 14, "Jaish al-Islam", "Jaysh al-Islam", "SYR-OPP"],
      [19, 35, "Faylaq al-Rahman", "Faylaq al-Rahman", "SYR-OPP"],
    ],
  },

  {
    text: "The SDF, led by the Kurdish YPG, captured Raqqa with air support from the U.S.-led coalition.",
    actors: [
      [4, 7, "SDF", "Syrian Democratic Forces", "SDF"],
      [20, 31, "Kurdish YPG", "People's Protection Units", "SDF"],
      [74, 92, "U.S.-led coalition", "US-led coalition", "COALITION"],
    ],
  },

  {
    text: "Hayat Tahrir al-Sham, formerly the Nusra Front, controls most of Idlib.",
    actors: [
      [0, 20, "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS/AQ"],
      [35, 46, "Nusra Front", "Nusra Front", "HTS/AQ"],
    ],
  },

  {
    text: "Hezbollah's fighters and Iranian-backed militias joined the offensive on Aleppo.",
    actors: [
      [0, 20, "Hezbollah's fighters", "Hezbollah", "HEZBOLLAH"],
      [40, 48, "militias", "militias", null],
    ],
  },

  {
    text: "The Syrian Observatory for Human Rights, a Britain-based monitor, said 12 civilians died.",
    actors: [
      [4, 39, "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", null],
      [74, 83, "civilians", "civilians", "CIV"],
    ],
  },

  {
    text: "The White Helmets pulled survivors from the rubble after barrel bombs hit Douma.",
    actors: [
      [4, 17, "White Helmets", "Syria Civil Defence", null],
    ],
  },

  {
    text: "Turkish troops and Turkish-backed Syrian rebels entered Afrin in March 2018.",
    actors: [
      [0, 14, "Turkish troops", "Turkish Armed Forces", "TUR"],
      [34, 47, "Syrian rebels", "Syrian opposition", "SYR-OPP"],
    ],
  },

  {
    text: "Houthi rebels fired a ballistic missile at Riyadh, the Saudi-led coalition said.",
    actors: [
      [0, 13, "Houthi rebels", "Houthis", "HOUTHI"],
      [55, 74, "Saudi-led coalition", "Saudi-led coalition", "SAUDI-COALITION"],
    ],
  },

  {
    text: "Ansar Allah's Al-Masirah TV reported air strikes on Sanaa.",
    actors: [
      [0, 11, "Ansar Allah", "Houthis", "HOUTHI"],
    ],
    outlets: [
      [14, 27, "Al-Masirah TV", "Al-Masirah"],
    ],
  },

  {
    text: "Fighters loyal to the Southern Transitional Council seized Aden airport from government troops.",
    actors: [
      [0, 8, "Fighters", "militants", null],
      [22, 51, "Southern Transitional Council", "Southern Transitional Council", "STC"],
      [77, 94, "government troops", "state forces", null],
    ],
  },

  {
    text: "Al Qaeda in the Arabian Peninsula (AQAP) claimed the attack in Mukalla.",
    actors: [
      [0, 33, "Al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", "AQAP"],
      [35, 39, "AQAP", "al-Qaeda in the Arabian Peninsula", "AQAP"],
    ],
  },

  {
    text: "The Israel Defense Forces said Hamas militants fired rockets from Khan Younis.",
    actors: [
      [4, 25, "Israel Defense Forces", "Israel Defense Forces", "ISR"],
      [31, 46, "Hamas militants", "Hamas", "HAMAS"],
    ],
  },

  {
    text: "Palestinian Islamic Jihad's armed wing, the al-Quds Brigades, claimed the attack.",
    actors: [
      [0, 38, "Palestinian Islamic Jihad's armed wing", "Al-Quds Brigades", "PIJ"],
      [44, 60, "al-Quds Brigades", "Al-Quds Brigades", "PIJ"],
    ],
  },

  {
    text: "Israeli jets struck Hezbollah targets in southern Lebanon, the Lebanese army said.",
    actors: [
      [0, 12, "Israeli jets", "Israeli Air Force", "ISR"],
      [20, 29, "Hezbollah", "Hezbollah", "HEZBOLLAH"],
      [63, 76, "Lebanese army", "Lebanese Armed Forces", "LBN"],
    ],
  },
];

describe('actor mentions: Iraq, Syria, Yemen, Israel, Gaza and Lebanon', () => checkMentions(defaultActorDictionary, cases));
