#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace tepat::test {

// A throw-away PostgreSQL cluster from Debian's packages, in a temporary folder, reachable only
// through a Unix socket in that folder. The server runs as a child of the test process and
// dies with it (PR_SET_PDEATHSIG), so a crashed test leaves nothing running. When the tests
// run as root (CI), the child drops to the `postgres` system user before it starts, because
// PostgreSQL refuses to run as root. Tests run it without fsync; `durable` (the benchmarks)
// keeps PostgreSQL's defaults.
class PostgresCluster
{
public:
    explicit PostgresCluster(bool durable = false)
    {
        const QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql"))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            if (QFile::exists(bin + QStringLiteral("/postgres"))) {
                m_bin = bin;
                break;
            }
        }
        if (m_bin.isEmpty() || !m_dir.isValid()) {
            return;
        }
        if (geteuid() == 0) {
            const passwd *pg = getpwnam("postgres");
            if (!pg || ::chown(qPrintable(m_dir.path()), pg->pw_uid, pg->pw_gid) != 0) {
                m_problem = QStringLiteral("cannot hand the folder to the postgres user");
                return;
            }
            m_uid = pg->pw_uid;
            m_gid = pg->pw_gid;
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QProcess initdb;
        prepare(initdb);
        initdb.start(m_bin + QStringLiteral("/initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("tepat"),
                      QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--locale=C.UTF-8")});
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
            m_problem = QStringLiteral("initdb: ") + QString::fromLocal8Bit(initdb.readAll());
            return;
        }
        prepare(m_server);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("-D"), data,
                         QStringLiteral("-k"), m_dir.path(),
                         QStringLiteral("-p"), QStringLiteral("5432"),
                         QStringLiteral("-c"), QStringLiteral("listen_addresses=")};
        if (!durable) {
            args << QStringLiteral("-c") << QStringLiteral("fsync=off");
        }
        m_server.start(m_bin + QStringLiteral("/postgres"), args);
        m_server.waitForStarted(10000);
        for (int i = 0; i < 300 && m_server.state() == QProcess::Running; ++i) {
            if (canConnect()) {
                m_started = true;
                return;
            }
            m_server.waitForFinished(100);
        }
        m_problem =
            QStringLiteral("postgres did not start: ") + QString::fromLocal8Bit(m_server.readAll());
    }

    ~PostgresCluster()
    {
        if (m_server.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server.processId()), SIGINT); // fast shutdown
            if (!m_server.waitForFinished(20000)) {
                m_server.kill();
                m_server.waitForFinished(5000);
            }
        }
    }

    bool installed() const { return !m_bin.isEmpty(); }
    bool running() const { return m_started; }
    qint64 pid() const { return m_server.processId(); }
    const QString &problem() const { return m_problem; }

    // A new, empty database; returns its URL for tepat-central.
    QString createDatabase(const QString &name)
    {
        {
            QSqlDatabase admin = adminConnection();
            if (!admin.open() ||
                !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
                m_problem = admin.lastError().text();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        return QStringLiteral("postgresql://tepat@localhost/%1?host=%2").arg(name, m_dir.path());
    }

    // A login role that must give `password` (scram-sha-256 on the socket, unlike the trusted
    // `tepat`), owner of `database`. False when it could not be set up.
    bool addPasswordRole(const QString &role, const QString &password, const QString &database)
    {
        QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
        if (!hba.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray rules = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        hba.write("local all " + role.toLatin1() + " scram-sha-256\n" + rules);
        hba.close();
        bool ok = false;
        {
            QSqlDatabase admin = adminConnection();
            QSqlQuery q(admin);
            ok = admin.open() &&
                 q.exec(QStringLiteral("SET password_encryption = 'scram-sha-256'")) &&
                 q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)) &&
                 q.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, role)) &&
                 q.exec(QStringLiteral("SELECT pg_reload_conf()"));
            if (!ok) {
                m_problem = q.lastError().text();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        return ok;
    }
    QString socketDir() const { return m_dir.path(); }

private:
    void prepare(QProcess &process) const
    {
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        process.setChildProcessModifier([uid, gid] {
            if (uid != 0 &&
                (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) {
                ::_exit(126);
            }
            ::prctl(PR_SET_PDEATHSIG, SIGKILL); // after setuid, which clears it
        });
    }

    QSqlDatabase adminConnection() const
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(m_dir.path());
        admin.setUserName(QStringLiteral("tepat"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        return admin;
    }

    bool canConnect() const
    {
        bool ok = false;
        {
            QSqlDatabase admin = adminConnection();
            ok = admin.open();
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        return ok;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tepat-pg-XXXXXX")};
    QProcess m_server;
    QString m_bin;
    QString m_problem;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_started = false;
};

} // namespace tepat::test
