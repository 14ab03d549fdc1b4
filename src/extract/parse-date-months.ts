// Month names → month number, for written dates in the languages Orbit reads. Slavic, Baltic, Finnish,
// Armenian and Greek dates use the genitive ("1 серпня", "1. elokuuta", Serbian "3. marta"), so both it and the
// nominative are listed, with common abbreviations; Georgian writes the dative in a sentence ("3 მარტს"), Kazakh
// the locative ("3 наурызда") or, after "жылдың", the possessive ("5 сәуірі"), Azerbaijani and Uzbek the locative
// ("3 martında", "9 sentyabrda"). A name two languages give to different months (Croatian "listopad" is October,
// Polish and Czech November) keeps the more common reading. Ukrainian and Russian sites shorten months as CLDR
// does ("17 трав. 2024", "3 бер. 2025", "17 сент. 2024", "5 нояб. 2024"): the last line of each month, which also
// holds the Belarusian genitive of May ("17 траўня"), the Uzbek and Tajik Cyrillic names ("17 сентябр 2024"), and
// the Turkmen and Latin Kazakh names (both spellings of the Kazakh Latin alphabet: "qyrkúıek", "qyrküiek"), and
// the CLDR short months of Georgian, Armenian, Kazakh, Azerbaijani and Turkish ("12 მარ 2025", "12 մրտ 2025",
// "12 нау. 2025", "12 iyn 2025", "12 Kas 2024"), which date formatters print when a site asks for a short month.
// Azerbaijani "sen", Turkish "ara" and Kazakh "там" (Russian "there") are also words: they are read as months only
// between a day and a year. Turkish "Tem" (July) is left out: Portuguese "tem" between two numbers ("o bairro 12
// tem 2000 moradores") would read as a date.
// One line of names per month, split on white space.
const LISTS = [
  // January
  `january jan januar jänner janvier janv enero ene gennaio gen janeiro januari styczeń stycznia sty
   январь января янв січень січня ocak leden ledna tammikuuta tammikuu ianuarie január siječnja
   siječanj јануар януари студзеня студзень қаңтар yanvar იანვარი հունվարի հունվար sausio janvāris
   janvārī jaanuar ιανουαρίου ιανουάριος januára gener
   januara јануара იანვარს қаңтарда қаңтары yanvarında yanvarda
   січ январ ýanwar qańtar qañtar იან հնվ қаң yan oca`,
  // February
  `february feb februar feber février fevrier févr fév febrero febbraio fevereiro fev februari luty
   lutego lut февраль февраля фев лютий лютого şubat subat únor února helmikuuta helmikuu februarie
   február veljače veljača фебруар февруари лютага люты ақпан fevral თებერვალი փետրվարի փետրվար vasario
   februāris februārī veebruar φεβρουαρίου φεβρουάριος februára febrer
   februara фебруара თებერვალს ақпанда ақпаны fevralında fevralda
   лют февр феврал fewral aqpan თებ փտվ ақп şub`,
  // March
  `march mar märz maerz mars marzo março marco maart marzec marca март марта березень березня mart
   březen března mär maaliskuuta maaliskuu martie március ožujka ožujak сакавіка сакавік наурыз მარტი
   մարտի մարտ kovo marts martā märts μαρτίου μάρτιος març
   marta მარტს наурызда наурызы martında martda
   бер берез мар naýryz nauryz მარ մրտ нау`,
  // April
  `april apr avril avr abril abr aprile kwiecień kwietnia kwi апрель апреля апр квітень квітня nisan
   duben dubna huhtikuuta huhtikuu aprilie április travnja travanj април красавіка красавік сәуір aprel
   აპრილი ապրիլի ապրիլ balandžio aprīlis aprīlī aprill απριλίου απρίλιος apríla
   aprila априла აპრილს сәуірде сәуірі aprelində apreldə aprelda
   квіт апрел sáýir säuır აპრ ապր сәу nis`,
  // May
  `may mai mayo maggio mag maio mei maj maja май мая травень травня mayıs mayis květen května
   toukokuuta toukokuu május svibnja svibanj мај мамыр მაისი մայիսի մայիս gegužės maijs maijā μαΐου
   μάιος mája maig
   маја მაისს мамырда мамыры mayında mayda
   трав траўня maý mamyr მაი մյս мам`,
  // June
  `june jun juni juin junio giugno giu junho czerwiec czerwca cze июнь июня июн червень червня haziran
   červen června kesäkuuta kesäkuu iunie június lipnja lipanj јун юни чэрвеня чэрвень маусым iyun
   ივნისი հունիսի հունիս birželio jūnijs jūnijā juuni ιουνίου ιούνιος júna junij juny
   juna јуна ივნისს маусымда маусымы iyununda iyunda
   черв iýun maýsym mausym ივნ հնս мау iyn haz`,
  // July
  `july jul juli juillet juil julio luglio lug julho lipiec lipca lip июль июля июл липень липня temmuz
   červenec července heinäkuuta heinäkuu iulie július srpnja srpanj јул юли ліпеня ліпень шілде iyul
   ივლისი հուլիսի հուլիս liepos jūlijs jūlijā juuli ιουλίου ιούλιος júla julij juliol
   jula јула ივლისს шілдеде шілдесі iyulunda iyulda
   лип iýul shilde şılde ივლ հլս шіл iyl`,
  // August
  `august aug août aout agosto ago augustus sierpień sierpnia sie август августа авг серпень серпня
   ağustos agustos srpen srpna augusti elokuuta elokuu augusztus kolovoza kolovoz avgust жніўня жнівень
   тамыз avqust აგვისტო օգոստոսի օգոստոս rugpjūčio augusts augustā αυγούστου αύγουστος augusta agost
   avgusta აგვისტოს тамызда тамызы avqustunda avqustda avgustda
   серп awgust tamyz აგვ օգս там avq ağu`,
  // September
  `september sep sept septembre septiembre setiembre settembre set setembro wrzesień września wrz
   сентябрь сентября сен вересень вересня eylül eylul září syyskuuta syyskuu septembrie szeptember
   rujna rujan septembar септембар септември верасня верасень қыркүйек sentyabr sentabr სექტემბერი
   սեպտեմբերի սեպտեմբեր rugsėjo septembris septembrī σεπτεμβρίου σεπτέμβριος septembra setembre
   септембра სექტემბერს қыркүйекте қыркүйегі sentyabrında sentyabrda
   вер сент сентябр sentýabr qyrkúıek qyrküiek სექ սեպ қыр sen eyl`,
  // October
  `october oct oktober okt octobre octubre ottobre ott outubro out październik października paź октябрь
   октября окт жовтень жовтня ekim říjen října lokakuuta lokakuu octombrie október oktobar октобар
   октомври кастрычніка кастрычнік қазан oktyabr oktabr ოქტომბერი հոկտեմբերի հոկտեմբեր spalio oktobris
   oktobrī oktoober οκτωβρίου οκτώβριος októbra
   oktobra октобра ოქტომბერს қазанда қазаны oktyabrında oktyabrda
   жовт октябр oktýabr qazan ოქტ հոկ қаз eki`,
  // November
  `november nov novembre noviembre novembro listopad listopada lis ноябрь ноября ноя листопад листопада
   kasım kasim listopadu marraskuuta marraskuu noiembrie novembar новембар ноември лістапада лістапад
   қараша noyabr ნოემბერი նոյեմբերի նոյեմբեր lapkričio novembris novembrī νοεμβρίου νοέμβριος novembra
   studenoga studenog studeni
   новембра ნოემბერს қарашада қарашасы noyabrında noyabrda
   лист нояб ноябр noýabr qarasha qaraşa ნოე նոյ қар noy kas`,
  // December
  `december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudzień grudnia gru
   декабрь декабря дек грудень грудня aralık aralik prosinec prosince joulukuuta joulukuu decembrie
   prosinca decembar децембар декември снежня снежань желтоқсан dekabr დეკემბერი դեկտեմբերի դեկտեմբեր
   gruodžio decembris decembrī detsember desember δεκεμβρίου δεκέμβριος decembra desembre
   децембра დეკემბერს желтоқсанда желтоқсаны dekabrında dekabrda
   груд декабр dekabr jeltoqsan დეკ դեկ жел dek ara`,
];

export const MONTH_NAMES: string[][] = LISTS.map((l) => l.trim().split(/\s+/));
