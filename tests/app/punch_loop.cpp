// Test helper for tst_punchcrash: punches in a loop on a real store and prints
// "confirmed <event id>" after each punch that returned with a recorded (durably committed) event.
// Usage: wh_punch_loop STORE COUNT   (the store must hold the small warehouse; device K1)
#include "Clock.h"
#include "PunchService.h"
#include "Store.h"
#include "UuidV7.h"

#include <QCoreApplication>

#include <cstdio>

using namespace wh;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: wh_punch_loop STORE COUNT\n");
        return 2;
    }
    const int total = args[2].toInt();
    auto store = db::Store::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().toString()));
        return 3;
    }
    // As the kiosk does: confirm once the event is committed, derive the intervals after.
    db::PunchService::Options options;
    options.deferProjection = true;
    auto service = db::PunchService::open(**store, Clock::system(), QStringLiteral("K1"), options);
    if (!service) {
        std::fprintf(stderr, "service: %s\n", qPrintable(service.error().toString()));
        return 3;
    }
    // Two workers walking through clock-in, switch, break, back, clock-out; continues from where
    // a killed run left them (an already-open shift just switches).
    struct Step {
        PunchAction action;
        const char *activity;
    };
    const Step steps[] = {{PunchAction::StartActivity, "PICK"},
                          {PunchAction::StartActivity, "CART"},
                          {PunchAction::Break, "LUNCH"},
                          {PunchAction::StartActivity, "MEET"},
                          {PunchAction::ClockOut, ""}};
    const char *workers[] = {"W001", "W002"};
    int confirmed = 0;
    for (int i = 0; confirmed < total && i < total * 10; ++i) {
        const Step &step = steps[(i / 2) % 5];
        auto r = (*service)->punch(QString::fromLatin1(workers[i % 2]), step.action,
                                   QString::fromLatin1(step.activity));
        if (!r) {
            // A refusal by the rules (a clock-out or break while off after a restart) is fine.
            if (r.error().code() == ErrorCode::Conflict || r.error().code() == ErrorCode::InvalidArgument)
                continue;
            std::fprintf(stderr, "punch %d: %s\n", i, qPrintable(r.error().toString()));
            return 4;
        }
        if (!r->event)
            continue;
        std::printf("confirmed %s\n", qPrintable(uuidText(r->event->id)));
        std::fflush(stdout);
        ++confirmed;
        if (auto settled = (*service)->settle(); !settled) {
            std::fprintf(stderr, "settle %d: %s\n", i, qPrintable(settled.error().toString()));
            return 4;
        }
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
