// Signing out through the identity provider when sign-in is single sign-on (see ../../cp-sign-out.js).
import '../../cp-sign-out.js';

export default [];
