package io.quire;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a piece of work sends to the database, by wrapping the application's
 * DataSource. Only statements run on the calling thread while {@link #count} is active are counted, so
 * background work does not disturb a measurement.
 */
@Component
public class SqlStatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return proxy(DataSource.class, dataSource);
        }
        return bean;
    }

    /** Runs {@code work} and returns the statements it executed, in order. */
    public static List<String> record(Callable<?> work) throws Exception {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.call();
        }
        finally {
            RECORDING.remove();
        }
        return statements;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            }
            catch (InvocationTargetException ex) {
                throw ex.getTargetException();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return wrapStatement((Class<Object>) method.getReturnType(), statement,
                        method.getName().startsWith("prepare") && args != null ? String.valueOf(args[0]) : null);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object wrapStatement(Class<Object> type, Object target, String preparedSql) {
        InvocationHandler handler = (p, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute") && RECORDING.get() != null) {
                RECORDING.get().add(preparedSql != null ? preparedSql : String.valueOf(args == null ? "" : args[0]));
            }
            try {
                return method.invoke(target, args);
            }
            catch (InvocationTargetException ex) {
                throw ex.getTargetException();
            }
        };
        return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
