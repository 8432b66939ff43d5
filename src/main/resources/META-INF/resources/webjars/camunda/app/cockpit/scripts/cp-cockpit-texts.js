// Column headers Cockpit writes without its translation table.
import {translateTexts} from '../../cp-texts.js';

translateTexts([[/^State$/, 'Trạng thái']], 'th');

export default [];
