package be.inasti.missiondesk.store;

import org.jooq.Condition;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.CustomCondition;
import org.jooq.impl.CustomField;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * SQL that only one engine speaks, beside its equal in the other, chosen as the query is rendered for its
 * database's dialect: the stores' queries stay constants, and no store needs to know which engine it writes to.
 */
final class EngineSql {
    private EngineSql() {
    }

    static Condition condition(Condition sqlite, Condition postgres) {
        return CustomCondition.of(ctx -> ctx.visit(pick(ctx, sqlite, postgres)));
    }

    static <T> Field<T> field(Field<T> sqlite, Field<T> postgres) {
        return CustomField.of(sqlite.getUnqualifiedName(), sqlite.getDataType(),
                ctx -> ctx.visit(pick(ctx, sqlite, postgres)));
    }

    static Table<?> table(Table<?> sqlite, Table<?> postgres) {
        return DSL.table("{0}", CustomQueryPart.of(ctx -> ctx.visit(pick(ctx, sqlite, postgres))));
    }

    private static QueryPart pick(Context<?> ctx, QueryPart sqlite, QueryPart postgres) {
        return ctx.family() == SQLDialect.POSTGRES ? postgres : sqlite;
    }
}
