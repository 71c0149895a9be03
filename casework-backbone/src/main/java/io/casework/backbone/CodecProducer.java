package io.casework.backbone;

import io.casework.contracts.EventCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One codec per service: loading the schemas is the expensive part and it is immutable afterwards. */
public class CodecProducer {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
