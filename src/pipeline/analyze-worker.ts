// Worker thread entry: raw documents in, analyzed documents (or the stage failure) out.
import { serve } from "./worker-reply.ts";

serve();
