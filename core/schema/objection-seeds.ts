/**
 * The objection playbook set-up writes into an empty Objections table: the sixteen common objections of
 * S1 "四、妙解客户的疑虑" (第一 … 第十六) with the gist of each prepared answer. The text answers for a
 * gold broker; the answers keep its line of argument in words that fit any key-account sale.
 */
import type { L10n } from '../i18n';

export const OBJECTION_SEEDS: readonly { objection: L10n; answer: L10n }[] = [
  {
    objection: { en: "I'm not interested", zh: '我没兴趣', zhHant: '我沒興趣' },
    answer: {
      en: 'Agree: nobody is interested in what they do not know yet. But everyone is interested in earning more or spending less, and that is what we have come to show. We talk to people who are not interested yet — those who are have already bought.',
      zh: '先认同:不了解之前当然没有兴趣。但每个人都对赚钱、省钱有兴趣,这正是我们要介绍的。我们正是向还没有兴趣的人介绍——已经有兴趣的早就做了。',
      zhHant: '先認同:不了解之前當然沒有興趣。但每個人都對賺錢、省錢有興趣,這正是我們要介紹的。我們正是向還沒有興趣的人介紹——已經有興趣的早就做了。',
    },
  },
  {
    objection: { en: "I don't have time", zh: '我没时间', zhHant: '我沒時間' },
    answer: {
      en: 'Everyone is busy — in order to earn. If something can bring you money you will find the time; many of our customers are as busy as you. The question is whether it is worth doing, not the time; once started it takes only a few calls.',
      zh: '每个人都忙,目的都是赚钱。如果有生意能带来财富,您一定会抽出时间;我们许多客户和您一样是忙碌的老板。该考虑的是这件事值不值得做,而不是时间;开始以后每天只需几个电话。',
      zhHant: '每個人都忙,目的都是賺錢。如果有生意能帶來財富,您一定會抽出時間;我們許多客戶和您一樣是忙碌的老闆。該考慮的是這件事值不值得做,而不是時間;開始以後每天只需幾個電話。',
    },
  },
  {
    objection: { en: "I don't have the money", zh: '我没钱', zhHant: '我沒錢' },
    answer: {
      en: 'I have not mentioned money yet. If the plan works you will find the means; if it does not, money in hand would not make you do it. The question is whether the plan is sound, not the budget.',
      zh: '我从头到尾还没提过钱。计划真的可行,您没钱也会想办法;计划行不通,手上有钱也不会做。所以问题不是本钱,而是计划的可行性。',
      zhHant: '我從頭到尾還沒提過錢。計劃真的可行,您沒錢也會想辦法;計劃行不通,手上有錢也不會做。所以問題不是本錢,而是計劃的可行性。',
    },
  },
  {
    objection: { en: "A friend says I don't know this business", zh: '朋友说对这一行不熟悉不便做', zhHant: '朋友說對這一行不熟悉不便做' },
    answer: {
      en: 'Right: do not start before you understand it. Nobody is born knowing their trade — you learnt yours. Explaining it until everything is clear is our job; decide when you understand it.',
      zh: '您说得对,了解之前不要急着做。人不是生而知之,而是学而知之,您当初对自己的行业也一无所知。讲解清楚是我们的责任,等您明白一切后再决定。',
      zhHant: '您說得對,了解之前不要急著做。人不是生而知之,而是學而知之,您當初對自己的行業也一無所知。講解清楚是我們的責任,等您明白一切後再決定。',
    },
  },
  {
    objection: { en: 'The risk is too high — can it pay?', zh: '风险很大,能赚到钱吗?', zhHant: '風險很大,能賺到錢嗎?' },
    answer: {
      en: 'Every business carries risk and no expert can promise a gain. Skill, experience and first-hand information lower the risk and raise the chance; that is what we bring.',
      zh: '任何生意都有赚有亏,没有专家能夸口包赚。凭专业的眼光、技术、经验和第一手信息,可以把风险降低、把成功率提高,这正是我们提供的。',
      zhHant: '任何生意都有賺有虧,沒有專家能誇口包賺。憑專業的眼光、技術、經驗和第一手信息,可以把風險降低、把成功率提高,這正是我們提供的。',
    },
  },
  {
    objection: { en: 'I lost money with another company', zh: '我曾经在别的公司亏过钱', zhHant: '我曾經在別的公司虧過錢' },
    answer: {
      en: 'Then you know the business already. Was the loss the supplier’s doing — its people, its information? If so, why not try another? We do not claim to be the best, but our service is more complete.',
      zh: '您接触过这一行就容易明白了。亏损是不是因为那家公司的问题,例如人员水平、消息灵通性?如果是,何不考虑别的公司?我们不敢说最好,但服务和运作更全面。',
      zhHant: '您接觸過這一行就容易明白了。虧損是不是因為那家公司的問題,例如人員水平、消息靈通性?如果是,何不考慮別的公司?我們不敢說最好,但服務和運作更全面。',
    },
  },
  {
    objection: { en: 'A friend of mine lost money in this', zh: '我有朋友在这行里亏过钱', zhHant: '我有朋友在這行裡虧過錢' },
    answer: {
      en: 'Results come from skill and judgement together. A loss does not mean it cannot be won back; failure is the mother of success if we learn from it. We study how not to lose.',
      zh: '赚钱要靠技术和眼光的配合。亏了钱并不表示不能再赚回来,失败乃成功之母;我们要研究怎样不亏、怎样赚回来。',
      zhHant: '賺錢要靠技術和眼光的配合。虧了錢並不表示不能再賺回來,失敗乃成功之母;我們要研究怎樣不虧、怎樣賺回來。',
    },
  },
  {
    objection: { en: 'I need time to think it over', zh: '我要慢慢考虑', zhHant: '我要慢慢考慮' },
    answer: {
      en: 'A business person never lets a chance pass. Those who move first gain most; start with a small first step now and decide on more once you see results.',
      zh: '生意人绝不放过任何机会,抢先一步的人才赚到大钱。无须久拖,不妨尽快作初步的尝试,见到成效再决定下一步。',
      zhHant: '生意人絕不放過任何機會,搶先一步的人才賺到大錢。無須久拖,不妨盡快作初步的嘗試,見到成效再決定下一步。',
    },
  },
  {
    objection: { en: "I'm travelling — let's talk when I'm back", zh: '我要出门公干,回来再谈', zhHant: '我要出門公幹,回來再談' },
    answer: {
      en: 'Do you still have a doubt I can clear now? You travel to do business; do not lose this chance meanwhile. Visit us before you leave, or let us prepare the paperwork so that nothing is rushed later.',
      zh: '您是不是还有疑虑?出差辛苦也是为了赚钱,别因此错过机会。不妨出差前抽时间来公司参观了解,或先办妥手续,免得届时手忙脚乱。',
      zhHant: '您是不是還有疑慮?出差辛苦也是為了賺錢,別因此錯過機會。不妨出差前抽時間來公司參觀了解,或先辦妥手續,免得屆時手忙腳亂。',
    },
  },
  {
    objection: { en: 'I have enough; the bank is safer', zh: '我的钱已经够用,放在银行比较安全', zhHant: '我的錢已經夠用,放在銀行比較安全' },
    answer: {
      en: 'Inflation eats money in the bank: the interest looks safe while buying power falls every day. Even the richest keep doing business for that reason — do not settle for the present.',
      zh: '通货膨胀一日千里,钱放在银行表面安全,实际购买力日日下降。再有钱的人也仍在外做生意,就是这个原因;请不要满足现状。',
      zhHant: '通貨膨脹日益加劇,錢放在銀行表面安全,實際購買力日日下降。再有錢的人也仍在外做生意,就是這個原因;請不要滿足現狀。',
    },
  },
  {
    objection: { en: 'I prefer bonds and shares', zh: '我比较喜欢投资债券和股票', zhHant: '我比較喜歡投資債券和股票' },
    answer: {
      en: 'Bonds and shares carry risk too, and their return for the risk is lower: they tie up the whole amount, where ours asks for a small part of it. Compare the ratio of gain to risk.',
      zh: '债券和股票一样有风险,而且利润与风险的比例更差:它们要投入 100% 的资金,我们只需投入一小部分,以少博大。请比较收益与风险之比。',
      zhHant: '債券和股票一樣有風險,而且利潤與風險的比例更差:它們要投入 100% 的資金,我們只需投入一小部分,以少博大。請比較收益與風險之比。',
    },
  },
  {
    objection: { en: 'I have better ways to invest', zh: '我有其它更好的投资方法', zhHant: '我有其它更好的投資方法' },
    answer: {
      en: 'I do not doubt it. Ours is the quickest and simplest: no plant, staff or contracts to arrange, a call and a daily statement. However good the others are, adding this one makes the whole better.',
      zh: '我不反对还有其它投资方法,但我们的回报最快捷、方法最简单:不必建厂房、请工人、外出签约,打个电话便可,每天有清楚的结算单。其他再好,兼做一些更加美妙。',
      zhHant: '我不反對還有其它投資方法,但我們的回報最快捷、方法最簡單:不必建廠房、請工人、外出簽約,打個電話便可,每天有清楚的結算單。其他再好,兼做一些更加美妙。',
    },
  },
  {
    objection: { en: 'Wealth is a matter of fate', zh: '我相信“富贵由天”', zhHant: '我相信「富貴由天」' },
    answer: {
      en: 'If someone said your business and standing were only luck, you would be angry: they deny years of planning and hard work. Success needs a goal and effort — you have shown you can do both.',
      zh: '如果有人说您的事业、地位和财富只是运气,您一定很生气,因为这否认了您多年的精心策划和刻苦努力。先有理想才有奋斗和成功,您已经证明自己做得到。',
      zhHant: '如果有人說您的事業、地位和財富只是運氣,您一定很生氣,因為這否認了您多年的精心策劃和刻苦努力。先有理想才有奮鬥和成功,您已經證明自己做得到。',
    },
  },
  {
    objection: { en: "It's just like gambling", zh: '这一行就像赌博一样', zhHant: '這一行就像賭博一樣' },
    answer: {
      en: 'Gambling is luck at a table, unrelated to the world outside. This business follows the economy, policy and events, and rests on broad knowledge and analysis that can be learnt and checked.',
      zh: '赌博是赌一时的机遇和运气,与外界经济、政治无关。这一行反映社会各个层面,涉及的知识广泛深刻,靠的是可以学习、可以检验的分析,怎能说是赌博?',
      zhHant: '賭博是賭一時的機遇和運氣,與外界經濟、政治無關。這一行反映社會各個層面,涉及的知識廣泛深刻,靠的是可以學習、可以檢驗的分析,怎能說是賭博?',
    },
  },
  {
    objection: { en: 'I need to discuss it with my spouse', zh: '我要和太太商量一下', zhHant: '我要和太太商量一下' },
    answer: {
      en: 'Of course. Business needs quick decisions to catch the moment; if it helps, come in together and we will explain everything to both of you.',
      zh: '我不反对您和太太商量,但做生意要当机立断才能抓住时机。如果确有必要,请和太太一起来公司,我们向她解释清楚。',
      zhHant: '我不反對您和太太商量,但做生意要當機立斷才能抓住時機。如果確有必要,請和太太一起來公司,我們向她解釋清楚。',
    },
  },
  {
    objection: { en: 'A relative of mine does this too', zh: '我的亲戚也是做这一行的', zhHant: '我的親戚也是做這一行的' },
    answer: {
      en: 'Many prefer not to work with relatives: this rests on knowledge and judgement, not on ties. A supplier who does badly can be changed; a relative cannot, without harm to the family. Let us do it for you.',
      zh: '很多人不愿请亲戚做,因为这靠知识、眼光和经验,而不是靠关系。普通的合作方做得不好可以换人,亲戚碍于面子不便换,一旦亏损关系难以维持。还是交给我们为好。',
      zhHant: '很多人不願請親戚做,因為這靠知識、眼光和經驗,而不是靠關係。普通的合作方做得不好可以換人,親戚礙於面子不便換,一旦虧損關係難以維持。還是交給我們為好。',
    },
  },
];
