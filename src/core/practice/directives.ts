// The directive word of a mains question ("Discuss", "Critically examine", "चर्चा कीजिये") and
// what it asks of the answer, in English and the Hindi forms Hindi-medium papers use.

export interface Directive {
  /** The directive as the table names it ("critically examine"). */
  readonly word: string;
  /** What the answer has to do, in a sentence. */
  readonly asks: string;
  /** What the answer has to do, in Hindi. */
  readonly asksHi: string;
}

interface Entry extends Directive {
  /** Lower-case forms that name it in a question (English and Hindi). */
  readonly forms: readonly string[];
}

const DIRECTIVES: readonly Entry[] = [
  { word: 'critically examine', forms: ['critically examine', 'आलोचनात्मक परीक्षण'],
    asks: 'Look into the issue closely, set its merits against its limits with evidence, and end with your own judgement.',
    asksHi: 'मुद्दे की गहराई से जाँच करें, प्रमाण के साथ उसके गुणों और सीमाओं को तौलें, और अपने निर्णय के साथ समाप्त करें।' },
  { word: 'critically analyse', forms: ['critically analyse', 'critically analyze', 'आलोचनात्मक विश्लेषण'],
    asks: 'Break the issue into its parts, weigh the strengths and weaknesses of each, and reach a reasoned verdict.',
    asksHi: 'मुद्दे को उसके भागों में बाँटें, हर भाग की शक्तियों और कमज़ोरियों को तौलें, और तर्कसंगत निष्कर्ष दें।' },
  { word: 'critically evaluate', forms: ['critically evaluate', 'critically assess', 'आलोचनात्मक मूल्यांकन'],
    asks: 'Judge how well it works or how much it is worth, with the evidence for and against, and say where you stand.',
    asksHi: 'पक्ष और विपक्ष के प्रमाणों के साथ आँकें कि वह कितना सफल या उपयोगी है, और अपना मत स्पष्ट करें।' },
  { word: 'to what extent', forms: ['to what extent', 'how far', 'किस सीमा तक', 'कहाँ तक'],
    asks: 'Say how far the statement holds: the arguments for it, those against it, and how much of it survives.',
    asksHi: 'बताएँ कि कथन कहाँ तक सही है: उसके पक्ष के तर्क, विपक्ष के तर्क, और अंत में कितना टिकता है।' },
  { word: 'discuss', forms: ['discuss', 'चर्चा'],
    asks: 'Give a reasoned account from several sides (causes, effects, views), then a balanced view of your own.',
    asksHi: 'कई पक्षों (कारण, प्रभाव, मत) से तर्कपूर्ण विवरण दें, फिर अपना संतुलित मत रखें।' },
  { word: 'analyse', forms: ['analyse', 'analyze', 'विश्लेषण'],
    asks: 'Take the issue apart: its components, how they connect, and what causes what.',
    asksHi: 'मुद्दे को खोलकर देखें: उसके घटक, वे आपस में कैसे जुड़े हैं, और किससे क्या होता है।' },
  { word: 'examine', forms: ['examine', 'परीक्षण'],
    asks: 'Probe the facts and reasons behind the issue and draw out what follows from them.',
    asksHi: 'मुद्दे के पीछे के तथ्यों और कारणों की पड़ताल करें और उनके निहितार्थ बताएँ।' },
  { word: 'evaluate', forms: ['evaluate', 'assess', 'मूल्यांकन', 'आकलन'],
    asks: 'Weigh its achievements against its shortcomings with evidence and end with a verdict.',
    asksHi: 'प्रमाण के साथ उपलब्धियों और कमियों को तौलें और निर्णय के साथ समाप्त करें।' },
  { word: 'comment', forms: ['comment', 'टिप्पणी'],
    asks: 'Give an informed opinion on the statement, backed by facts and examples.',
    asksHi: 'कथन पर तथ्यों और उदाहरणों से समर्थित सुविचारित राय दें।' },
  { word: 'justify', forms: ['justify', 'औचित्य'],
    asks: 'Give the reasons and evidence that show the statement is right; meet the obvious objections.',
    asksHi: 'वे कारण और प्रमाण दें जो कथन को सही सिद्ध करते हैं; प्रमुख आपत्तियों का उत्तर दें।' },
  { word: 'elucidate', forms: ['elucidate', 'स्पष्ट'],
    asks: 'Make the idea clear: define it, explain it, and give examples.',
    asksHi: 'विचार को स्पष्ट करें: परिभाषा दें, व्याख्या करें और उदाहरण दें।' },
  { word: 'explain', forms: ['explain', 'व्याख्या', 'समझाइ'],
    asks: 'Say what it is and why or how it happens, with reasons and examples.',
    asksHi: 'बताएँ कि वह क्या है और क्यों या कैसे होता है, कारणों और उदाहरणों के साथ।' },
  { word: 'highlight', forms: ['highlight', 'bring out', 'प्रकाश डाल', 'रेखांकित'],
    asks: 'Bring out the main points clearly and briefly; depth matters less than coverage.',
    asksHi: 'मुख्य बिंदुओं को स्पष्ट और संक्षेप में सामने लाएँ; गहराई से अधिक विस्तार ज़रूरी है।' },
  { word: 'describe', forms: ['describe', 'वर्णन'],
    asks: 'Set out its main features or how it works, without arguing for or against.',
    asksHi: 'उसकी मुख्य विशेषताएँ या कार्यप्रणाली बताएँ, पक्ष-विपक्ष में तर्क दिए बिना।' },
  { word: 'enumerate', forms: ['enumerate', 'list', 'गिनाइ'],
    asks: 'List the points one by one, briefly.',
    asksHi: 'बिंदुओं को एक-एक करके, संक्षेप में गिनाएँ।' },
  { word: 'illustrate', forms: ['illustrate', 'उदाहरण सहित'],
    asks: 'Explain through concrete examples.',
    asksHi: 'ठोस उदाहरणों के माध्यम से समझाएँ।' },
];

const FORMS = DIRECTIVES.flatMap(d => d.forms.map(form => ({ form, d })));

/**
 * The question's directive: the one named first in it ("Discuss …, highlighting …" asks for a
 * discussion), the longer form where two start together ("critically examine" over "critically").
 * English forms count only as whole words ("listen" is not "list").
 */
export function directiveOf(question: string): Directive | undefined {
  // A question is a few lines; what follows 2,000 characters is not one.
  const q = question.slice(0, 2000).normalize('NFC').toLowerCase();
  let best: { at: number; length: number; d: Entry } | undefined;
  for (const { form, d } of FORMS) {
    const latin = /[a-z]/.test(form);
    for (let at = q.indexOf(form); at >= 0; at = q.indexOf(form, at + 1)) {
      if (latin && (/[a-z]/.test(q[at - 1] ?? '') || /[a-z]/.test(q[at + form.length] ?? ''))) continue;
      if (!best || at < best.at || (at === best.at && form.length > best.length)) best = { at, length: form.length, d };
      break;
    }
  }
  return best && { word: best.d.word, asks: best.d.asks, asksHi: best.d.asksHi };
}
