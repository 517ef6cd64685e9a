import * as assert from 'node:assert/strict';
import { LONG_LABEL, shortHeading, shortText, shortTitle } from '../../src/core/editorial/shortLabel';

describe('short labels for the tree', () => {
  it('moves a subtitle after a colon or a spaced dash to the description', () => {
    assert.deepEqual(shortTitle('किसान उत्पादक संगठन: छोटे किसानों की सामूहिक शक्ति'), { label: 'किसान उत्पादक संगठन', rest: 'छोटे किसानों की सामूहिक शक्ति' });
    assert.deepEqual(shortTitle('Blue Economy – Charting the Course'), { label: 'Blue Economy', rest: 'Charting the Course' });
    assert.deepEqual(shortTitle('Strengthening Indo-US Strategic Partnership'), { label: 'Strengthening Indo-US Strategic Partnership', rest: '' });
  });

  it('moves a trailing parenthesis to the description, but not one inside the label', () => {
    assert.deepEqual(shortTitle('Quad (Quadrilateral Security Dialogue)'), { label: 'Quad', rest: 'Quadrilateral Security Dialogue' });
    assert.deepEqual(shortTitle('Ratio (2:1) of Seats'), { label: 'Ratio (2:1) of Seats', rest: '' });
    assert.deepEqual(shortTitle('I2U2 (India-Israel-UAE-USA): A Minilateral'), { label: 'I2U2', rest: 'India-Israel-UAE-USA · A Minilateral' });
  });

  it('drops the question around a section heading, in English and Hindi', () => {
    assert.equal(shortHeading('What are the Key Areas of Friction Between India and the US?').label, 'Key Areas of Friction Between India and the US');
    assert.equal(shortHeading('What Measures India Can Adopt to Further Enhance Ties with the US?').label, 'Measures India Can Adopt to Further Enhance Ties with the US');
    assert.equal(shortHeading('FPO के समक्ष प्रमुख चुनौतियाँ क्या हैं?').label, 'FPO के समक्ष प्रमुख चुनौतियाँ');
    assert.equal(shortHeading('सरकार की प्रमुख पहलें कौन-सी हैं?').label, 'सरकार की प्रमुख पहलें');
    // A heading that is only the frame keeps its words; one without a frame is unchanged.
    assert.equal(shortHeading('What is?').label, 'What is?');
    assert.equal(shortHeading('Conclusion').label, 'Conclusion');
    assert.equal(shortHeading('यह अभी NATO-समान गठबंधन क्यों नहीं है?').label, 'यह अभी NATO-समान गठबंधन क्यों नहीं है?');
    assert.deepEqual(shortHeading('अक्सर पूछे जाने वाले प्रश्न (FAQs)'), { label: 'अक्सर पूछे जाने वाले प्रश्न', rest: 'FAQs' });
  });

  it('shows running text by its first clause, the rest in the description, never more than LONG_LABEL characters', () => {
    assert.deepEqual(shortText('The U.S. goods trade deficit rose by 5.4%, a growing concern.'), { label: 'The U.S. goods trade deficit rose by 5.4%…', rest: '…a growing concern.' });
    const long = shortText('India and the United States have significantly expanded their defence and technology ties over two decades');
    assert.ok(long.label.length <= LONG_LABEL + 1 && long.label.endsWith('…'), long.label);
    assert.equal(`${long.label.slice(0, -1)} ${long.rest.slice(1)}`, 'India and the United States have significantly expanded their defence and technology ties over two decades');
    assert.deepEqual(shortText('Short text.'), { label: 'Short text.', rest: '' });
    // A question is cut at a word only, never after its "प्रश्न." or at its first comma.
    assert.match(shortText('प्रश्न. भारत में, निम्नलिखित में से किसे कृषि में सार्वजनिक निवेश माना जा सकता है?', LONG_LABEL, false).label, /^प्रश्न\. भारत में, निम्नलिखित में से किसे कृषि…$/);
  });
});
