package org.amtsplan.platform.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A MariaDB connection that switches autocommit back on only when something runs in autocommit.
 *
 * <p>The container begins every transaction with {@code setAutoCommit(false)} and ends it with
 * {@code commit()} and {@code setAutoCommit(true)}: two {@code SET autocommit} round trips around
 * each transaction, about one in six of a booking's statements. Between two transactions nothing
 * runs on the connection, so switching autocommit on and off again is work for nobody. This
 * connection remembers the mode its caller asked for and leaves MariaDB out of autocommit after a
 * commit or rollback; the next transaction finds it there and sends nothing. Only when a statement
 * runs (or anything else that may read or write, such as metadata) while the caller asked for
 * autocommit is MariaDB switched back first, so that statement runs in autocommit exactly as
 * before. A connection out of autocommit with no transaction open holds no lock and no snapshot:
 * InnoDB opens the next transaction at its first statement.
 *
 * <p>Switching autocommit on while a transaction has done work still commits that work at once, as
 * JDBC requires: it is passed on. Statements are wrapped too, so one prepared inside a transaction
 * and executed after it still runs in autocommit.
 */
final class DeferredAutoCommit implements InvocationHandler {

    /** Calls that neither read nor write in the database: passed on as they are. */
    private static final Set<String> NO_WORK =
            Set.of(
                    "close",
                    "isClosed",
                    "isValid",
                    "unwrap",
                    "isWrapperFor",
                    "getWarnings",
                    "clearWarnings",
                    "abort",
                    "setNetworkTimeout",
                    "getNetworkTimeout",
                    "getTransactionIsolation",
                    "setTransactionIsolation",
                    "isReadOnly",
                    "setReadOnly",
                    "getHoldability",
                    "setHoldability",
                    "getClientInfo",
                    "setClientInfo",
                    "getTypeMap",
                    "setTypeMap",
                    "getCatalog",
                    "getSchema",
                    "toString",
                    "hashCode",
                    "equals");

    private final Connection physical;
    private Connection proxy;

    /**
     * The mode the caller asked for. The mode MariaDB is in is the driver's {@code
     * getAutoCommit()}, read from the last answer's status without a round trip; the driver sends
     * nothing for a switch to the mode it is already in.
     */
    private boolean autoCommit;

    /** Whether anything ran since the transaction began or last committed or rolled back. */
    private boolean workSinceEnd;

    private DeferredAutoCommit(Connection physical) throws SQLException {
        this.physical = physical;
        this.autoCommit = physical.getAutoCommit();
    }

    static Connection wrap(Connection physical) throws SQLException {
        DeferredAutoCommit handler = new DeferredAutoCommit(physical);
        handler.proxy =
                (Connection)
                        Proxy.newProxyInstance(
                                DeferredAutoCommit.class.getClassLoader(),
                                new Class<?>[] {Connection.class},
                                handler);
        return handler.proxy;
    }

    @Override
    public Object invoke(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "setAutoCommit":
                setAutoCommit((Boolean) args[0]);
                return null;
            case "getAutoCommit":
                return autoCommit;
            case "commit":
            case "rollback":
                Object ended = call(physical, method, args);
                if (args == null || args.length == 0) {
                    workSinceEnd = false;
                }
                return ended;
            case "createStatement":
            case "prepareStatement":
            case "prepareCall":
                // creating a statement sends nothing (client-side prepare): its execution counts
                return statement(method.getReturnType(), call(physical, method, args));
            default:
                if (!NO_WORK.contains(name)) {
                    beforeWork();
                }
                return call(physical, method, args);
        }
    }

    private void setAutoCommit(boolean on) throws SQLException {
        if (on == autoCommit) {
            return;
        }
        autoCommit = on;
        if (on) {
            if (workSinceEnd) {
                // JDBC: switching autocommit on inside a transaction commits it
                physical.setAutoCommit(true);
                workSinceEnd = false;
            }
            // else: deferred until something runs in autocommit
        } else {
            physical.setAutoCommit(false);
            workSinceEnd = false;
        }
    }

    /** Before anything that may read or write: MariaDB in the mode the caller asked for. */
    private void beforeWork() throws SQLException {
        if (autoCommit) {
            physical.setAutoCommit(true);
        } else {
            workSinceEnd = true;
        }
    }

    private Object statement(Class<?> type, Object statement) {
        Class<?> kind =
                CallableStatement.class.isAssignableFrom(type)
                        ? CallableStatement.class
                        : PreparedStatement.class.isAssignableFrom(type)
                                ? PreparedStatement.class
                                : Statement.class;
        return Proxy.newProxyInstance(
                DeferredAutoCommit.class.getClassLoader(),
                new Class<?>[] {kind},
                (target, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("execute")) {
                        beforeWork();
                    } else if (name.equals("getConnection")) {
                        return proxy;
                    }
                    return call(statement, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
