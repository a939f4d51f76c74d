package org.amtsplan.scheduling.internal.counter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** Reads the call events with plain JDBC: a poll every half second needs no persistence context. */
@ApplicationScoped
class JdbcCallEventFeed implements CallEventFeed {

    @Resource(lookup = "java:app/jdbc/amtsplan")
    DataSource dataSource;

    @Override
    public long latestId() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select coalesce(max(id), 0) from sch_call_event");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long beforeRecent(String location, java.time.Instant since, int count) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select min(id) from (select id from sch_call_event"
                                        + " where location_id = ? and called_at >= ? order by id desc limit ?) recent")) {
            s.setString(1, location);
            s.setTimestamp(2, java.sql.Timestamp.from(since));
            s.setInt(3, count);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long oldest = r.getLong(1);
                return r.wasNull() ? latestId() : oldest - 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<CallEvent> after(long id, Collection<String> locations) {
        if (locations.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", locations.stream().map(l -> "?").toList());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select id, location_id, unit_id, number, counter_id, called_at from sch_call_event"
                                        + " where id > ? and location_id in ("
                                        + marks
                                        + ") order by id limit 500")) {
            s.setLong(1, id);
            int i = 2;
            for (String location : locations) {
                s.setString(i++, location);
            }
            List<CallEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(
                            new CallEvent(
                                    r.getLong(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getTimestamp(6).toInstant()));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
