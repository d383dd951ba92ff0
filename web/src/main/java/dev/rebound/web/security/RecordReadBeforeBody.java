package dev.rebound.web.security;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records a pending read of a candidate's data just before its answer is written: the handler succeeded, and nothing
 * has been sent yet. A failure here is answered like any other, instead of the data. An error's body (a problem) is
 * no read.
 */
@ControllerAdvice
class RecordReadBeforeBody implements ResponseBodyAdvice<Object> {

    private final DataAccessAudit audit;

    RecordReadBeforeBody(DataAccessAudit audit) {
        this.audit = audit;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail) && request instanceof ServletServerHttpRequest servlet) {
            audit.recordPending(servlet.getServletRequest());
        }
        return body;
    }
}
