#include "WhProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace wh::test {

QString whPath()
{
    return QString::fromLocal8Bit(qgetenv("WH_BIN")) + QStringLiteral("/wh");
}

WhRun runWh(const QStringList &args, int timeoutMs)
{
    return runWhWithInput(args, QByteArray(), timeoutMs);
}

WhRun runWhWithInput(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(whPath(), args);
    WhRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const WhRun &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace wh::test
