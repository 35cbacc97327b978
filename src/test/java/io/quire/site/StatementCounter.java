package io.quire.site;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Records the SQL statements the current thread prepares while {@link #record} runs, to hold pages to their
 * statement budget. It wraps the application's data source in tests only; outside a recording it only
 * passes calls through.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    /** Runs {@code work} on this thread and returns the statements it prepared, in order. */
    public List<String> record(Work work) throws Exception {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            work.run();
            return statements;
        }
        finally {
            recording.remove();
        }
    }

    /** Something to measure. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watch(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(super.getConnection(username, password));
        }

        private static Connection watch(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                List<String> statements = recording.get();
                if (statements != null && isStatement(method)) {
                    statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
                }
                try {
                    return method.invoke(connection, args);
                }
                catch (InvocationTargetException ex) {
                    throw ex.getTargetException();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static boolean isStatement(Method method) {
            return switch (method.getName()) {
                case "prepareStatement", "prepareCall", "createStatement" -> true;
                default -> false;
            };
        }
    }
}
