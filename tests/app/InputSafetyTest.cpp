// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety, inputs: re-imports that change only the columns given, hostile CSV files and
// inspection JSON, each refused or set aside naming what and where. Tried on the real binary.
#include "SafetySupport.h"

using namespace servicelens::test;

TEST_CASE("A re-import with fewer columns changes only the columns it has", "[cli][safety]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString orderNo = firstColumn(db, "SELECT order_no FROM service_order WHERE status = "
                                            "'closed' AND technician_id IS NOT NULL AND "
                                            "customer_id IS NOT NULL ORDER BY id LIMIT 1")
                                .value(0);
    REQUIRE_FALSE(orderNo.isEmpty());
    const QString select =
        QStringLiteral("SELECT * FROM service_order WHERE order_no = '%1'").arg(orderNo);
    const QString before = rowText(db, select);
    const QString received = firstColumn(db, QStringLiteral("SELECT strftime('%Y-%m-%d %H:%M:%S', "
                                                            "received_at, 'unixepoch', "
                                                            "'+8 hours') FROM service_order "
                                                            "WHERE order_no = '%1'")
                                                 .arg(orderNo)
                                                 .toUtf8()
                                                 .constData())
                                 .value(0);

    // Only the id and the time received: nothing else may change.
    const QString partial = dir.file(QStringLiteral("部分.csv"));
    writeFile(partial,
              QStringLiteral("order_id,received_at\n%1,%2\n").arg(orderNo, received).toUtf8());
    Run r = importCsv("orders", db, partial);
    INFO(r.err.toStdString() << r.out.toStdString());
    CHECK(r.status == 0);
    CHECK(rowText(db, select) == before);

    // One column given: that column changes, the customer's phone stays with the name.
    const QString product = dir.file(QStringLiteral("产品.csv"));
    writeFile(product, QStringLiteral("order_id,received_at,product,customer\n%1,%2,新型号X9,"
                                      "新名字\n")
                           .arg(orderNo, received)
                           .toUtf8());
    r = importCsv("orders", db, product);
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    const QString after = rowText(db, select);
    CHECK(after.contains(QStringLiteral("product=新型号X9")));
    CHECK(after.contains(QStringLiteral("status=closed")));
    CHECK(firstColumn(db, QStringLiteral("SELECT c.phone <> '' FROM service_order o JOIN customer "
                                         "c ON c.id = o.customer_id WHERE o.order_no = '%1'")
                              .arg(orderNo)
                              .toUtf8()
                              .constData()) == QStringList{QStringLiteral("1")});

    // A stage time given alone must still fit the times stored: a row error otherwise.
    const QString late = dir.file(QStringLiteral("晚.csv"));
    writeFile(late, QStringLiteral("order_id,received_at,responded_at\n%1,%2,2030-01-01 09:00\n")
                        .arg(orderNo, received)
                        .toUtf8());
    r = importCsv("orders", db, late);
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("responded_at")));

    // Survey responses: the answers, the order link and the status stay.
    const QString full = dir.file(QStringLiteral("回访.csv"));
    writeFile(full, QStringLiteral("response_id,order_id,sent_at,responded_at,channel,q_overall,"
                                   "q_nps,q_speed,q_suggest\nW1,%1,2026-10-05 09:00,2026-10-05 "
                                   "10:00,phone,5,9,4,师傅很好\n")
                        .arg(orderNo)
                        .toUtf8());
    r = importCsv("surveys", db, full);
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QString response = QStringLiteral(
        "SELECT r.status, r.order_id, r.channel, r.responded_at, (SELECT group_concat(coalesce("
        "a.value, a.text)) FROM survey_answer a WHERE a.response_id = r.id) AS answers FROM "
        "survey_response r WHERE r.external_id = 'W1'");
    const QString answered = rowText(db, response);
    CHECK(answered.contains(QStringLiteral("status=answered")));
    const QString fewer = dir.file(QStringLiteral("回访-部分.csv"));
    writeFile(fewer, "response_id,sent_at\nW1,2026-10-05 09:00\n");
    r = importCsv("surveys", db, fewer);
    CHECK(r.status == 0);
    CHECK(rowText(db, response) == answered);
    // One answer column given: that answer changes, the others stay.
    const QString one = dir.file(QStringLiteral("回访-一题.csv"));
    writeFile(one, "response_id,sent_at,q_speed\nW1,2026-10-05 09:00,2\n");
    r = importCsv("surveys", db, one);
    CHECK(r.status == 0);
    CHECK(firstColumn(db, "SELECT group_concat(v, ' ') FROM (SELECT a.value AS v FROM "
                          "survey_answer a JOIN survey_question q ON q.id = a.question_id "
                          "JOIN survey_response r ON r.id = a.response_id WHERE r.external_id = "
                          "'W1' AND q.code IN ('q_speed', 'q_overall') ORDER BY q.code)") ==
          QStringList{QStringLiteral("5.0 2.0")});

    // Training attendance: the scores stay.
    const QString attended = dir.file(QStringLiteral("培训.csv"));
    writeFile(attended, "course,date,staff,pre_score,post_score\nC-X,2026-10-05,T01,50,60\n");
    REQUIRE(importCsv("training", db, attended).status == 0);
    const QString scores = QStringLiteral(
        "SELECT pre_score, post_score FROM training_attendance ORDER BY id DESC LIMIT 1");
    const QString stored = rowText(db, scores);
    CHECK(stored == QStringLiteral("pre_score=50.0|post_score=60.0"));
    const QString names = dir.file(QStringLiteral("培训-部分.csv"));
    writeFile(names, "course,date,staff\nC-X,2026-10-05,T01\n");
    CHECK(importCsv("training", db, names).status == 0);
    CHECK(rowText(db, scores) == stored);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
}

TEST_CASE("Hostile CSV files: each problem a row error naming the line, nothing garbled",
          "[cli][safety][import]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 200);
    auto file = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir.file(QString::fromUtf8(name));
        writeFile(path, bytes);
        return path;
    };
    auto orders = [&](const QString &csv, const QStringList &extra = {}) {
        return runServicelens(QStringList{QStringLiteral("import"), QStringLiteral("orders"),
                                          QStringLiteral("--db"), db, QStringLiteral("--in"), csv} +
                              extra);
    };

    // S5: a UTF-8 file with one line in GBK stays UTF-8; that line alone is refused.
    QByteArray clean = "order_id,received_at,customer,product\n";
    for (int i = 1; i <= 100; ++i)
        clean += "U" + QByteArray::number(i) + ",2026-10-01 09:00,客户" + QByteArray::number(i) +
                 ",冰箱\n";
    REQUIRE(orders(file("干净.csv", clean)).status == 0);
    QByteArray gbkLine = "U999,2026-10-01 09:00,";
    gbkLine += QByteArray("\xd5\xc5\xc8\xfd", 4); // 张三 in GBK
    gbkLine += ",Z\xfcrich\n";                    // Zürich in Latin-1
    const QString mixed = file("混合.csv", clean + gbkLine);
    Run r = orders(mixed);
    INFO(r.err.toStdString());
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("Line 102")));
    CHECK(r.err.contains(QStringLiteral("UTF-8")));
    r = orders(mixed, {QStringLiteral("--skip-invalid")});
    CHECK(r.status == 0);
    CHECK(QString(r.out + r.err).contains(QStringLiteral("(utf-8)")));
    CHECK(firstColumn(db, "SELECT c.name || '|' || o.product FROM service_order o JOIN customer c "
                          "ON c.id = o.customer_id WHERE o.order_no = 'U1'") ==
          QStringList{QStringLiteral("客户1|冰箱")});
    CHECK(firstColumn(db, "SELECT count(*) FROM service_order WHERE order_no = 'U999'") ==
          QStringList{QStringLiteral("0")});

    // D1: an unquoted comma shifts the fields: refused with both counts.
    r = orders(file("错位.csv",
                    "order_id,received_at,customer,customer_phone,product\nK1,2026-10-05 "
                    "09:00,Smith, John,13911112222,Fridge\nK2,2026-10-05 09:00,a,b,c,\n"));
    INFO(r.err.toStdString());
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("Line 2: 6 fields, but the header has 5")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Line 3"))); // a trailing delimiter is fine

    // D2: two columns for one.
    r = orders(file("重复列.csv", "order_id,received_at,customer,customer\nD1,2026-10-05 09:00,"
                                  "张三,李四\n"));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("“customer” (column 3) and “customer” (column 4)")));
    r = orders(file("重复列2.csv", "order_id,工单号,received_at\nD1,D2,2026-10-05 09:00\n"));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("工单号")));

    // D3: times before 2000 are row errors with their column; --skip-invalid imports the rest.
    r = orders(file("旧.csv", "order_id,received_at\nQ1,1969-12-31 23:59\nQ2,2026-10-01 09:00\n"),
               {QStringLiteral("--skip-invalid")});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(QFileInfo::exists(dir.file(QStringLiteral("旧.csv.rejected.csv"))));
    CHECK(QString::fromUtf8(fileBytes(dir.file(QStringLiteral("旧.csv.rejected.csv"))))
              .contains(QStringLiteral("plausible range")));
    const QString map = file("映射.map", "Ticket=order_id\nOpened=received_at\n"
                                         "@date_format=MM/dd/yy hh:mm\n");
    r = orders(file("两位年.csv", "Ticket,Opened\nH1,10/01/26 09:00\n"),
               {QStringLiteral("--map"), map});
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("two-digit years")));

    // D12 and D13: a field over the limit, a NUL byte, a file of zeros.
    r = orders(file("长.csv", "order_id,received_at,customer\nL1,2026-10-01 09:00," +
                                  QByteArray(300, 'x') + "\n"));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("300 characters; at most 200")));
    r = orders(file("空字符.csv", QByteArray("order_id,received_at,customer\nN1,2026-10-01 09:00,"
                                             "Nul\0Name\n",
                                             59)));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("control characters")));
    r = orders(file("零.csv", "order_id,received_at\n" + QByteArray(3 << 20, '\0')));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("longer than 1 MB")));

    // D18: UTF-16 without a byte-order mark is read; a folder, a pipe and a device are named.
    QByteArray utf16;
    for (const QChar ch :
         QStringLiteral("order_id,received_at,customer\nW16,2026-10-01 09:00,王五\n"))
        utf16 += QByteArray(reinterpret_cast<const char *>(&ch), 2);
    r = orders(file("无标记.csv", utf16));
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(firstColumn(db, "SELECT c.name FROM service_order o JOIN customer c ON c.id = "
                          "o.customer_id WHERE o.order_no = 'W16'") ==
          QStringList{QStringLiteral("王五")});
    r = orders(dir.path());
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("is a folder")));
    const QString fifo = dir.file(QStringLiteral("管道"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    r = orders(fifo); // with no writer: refused at once, not waited on
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("not an ordinary file")));
    r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), fifo});
    CHECK(r.status == 4);
    CHECK(r.err.contains(QStringLiteral("not an ordinary file")));
    r = orders(QStringLiteral("/dev/zero"));
    CHECK(r.status == 1);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
}

TEST_CASE("Inspection JSON: duplicate keys, unknown people and impossible actions are refused "
          "by path",
          "[cli][safety][inspection]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString all = dir.file(QStringLiteral("全部.json"));
    REQUIRE(runServicelens({QStringLiteral("inspection"), QStringLiteral("export"),
                            QStringLiteral("--db"), db, QStringLiteral("--out"), all})
                .status == 0);
    const QJsonArray list = QJsonDocument::fromJson(fileBytes(all)).array();
    REQUIRE(list.size() > 2);
    // A completed inspection with actions, as a new one.
    QJsonObject base;
    for (const QJsonValue &v : list)
        if (!v.toObject().value(QStringLiteral("actions")).toArray().isEmpty())
            base = v.toObject();
    REQUIRE_FALSE(base.isEmpty());
    int serial = 0;
    auto import = [&](QJsonObject inspection, const QByteArray &raw = {}) {
        inspection.insert(
            QStringLiteral("id"),
            QStringLiteral("0194c2a0-2222-7000-8000-%1").arg(++serial, 12, 10, QLatin1Char('0')));
        const QString path = dir.file(QStringLiteral("巡检-%1.json").arg(serial));
        writeFile(path, raw.isEmpty() ? QJsonDocument(inspection).toJson() : raw);
        return runServicelens({QStringLiteral("inspection"), QStringLiteral("import"),
                               QStringLiteral("--db"), db, QStringLiteral("--in"), path});
    };
    auto withAction = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject i = base;
        QJsonArray actions = i.value(QStringLiteral("actions")).toArray();
        QJsonObject a = actions.first().toObject();
        change(a);
        actions.replace(0, a);
        i.insert(QStringLiteral("actions"), actions);
        return i;
    };
    const QString staffBefore = firstColumn(db, "SELECT count(*) FROM staff").value(0);

    // D4: an action in progress is imported as such.
    Run r = import(withAction([](QJsonObject &a) {
        a.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
        a.remove(QStringLiteral("done_at"));
        a.remove(QStringLiteral("verified_by"));
        a.remove(QStringLiteral("verified_at"));
        a.remove(QStringLiteral("verify_note"));
    }));
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(firstColumn(db, "SELECT count(*) FROM corrective_action WHERE status = 'in_progress' "
                          "AND inspection_id = (SELECT max(id) FROM inspection)") ==
          QStringList{QStringLiteral("1")});

    auto refused = [&](const Run &run, const QString &where) {
        INFO(run.err.toStdString());
        CHECK(run.status == 3);
        CHECK(run.err.contains(where));
    };
    // D14: a key twice in one object.
    QJsonObject twice = base;
    twice.insert(QStringLiteral("id"), QStringLiteral("0194c2a0-2222-7000-8000-999999999999"));
    QByteArray raw = QJsonDocument(twice).toJson(QJsonDocument::Compact);
    const QByteArray firstValue = "\"value\":";
    const qsizetype at = raw.indexOf(firstValue);
    REQUIRE(at > 0);
    raw.insert(at, "\"value\":\"fail\",");
    refused(import({}, raw), QStringLiteral("answers[1].value: the key is given twice"));

    // D15: unknown people, impossible times and verifications.
    QJsonObject stranger = base;
    stranger.insert(QStringLiteral("inspector"), QStringLiteral("NOPE"));
    refused(import(stranger), QStringLiteral("inspector: “NOPE” is no one on the staff"));
    refused(import(withAction([](QJsonObject &a) { a.insert(QStringLiteral("owner"), "ZZZ"); })),
            QStringLiteral("actions[1].owner: “ZZZ” is no one on the staff"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("done"));
                a.insert(QStringLiteral("created_at"), QStringLiteral("2026-10-12 11:30"));
                a.insert(QStringLiteral("done_at"), QStringLiteral("2020-01-01 09:00"));
            })),
            QStringLiteral("actions[1].done_at: “2020-01-01 09:00” is earlier than the action was "
                           "created"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("verified"));
                a.insert(QStringLiteral("done_at"), a.value(QStringLiteral("created_at")));
                a.remove(QStringLiteral("verified_by"));
            })),
            QStringLiteral("actions[1].verified_by: required"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("verified"));
                a.insert(QStringLiteral("done_at"), a.value(QStringLiteral("created_at")));
                a.insert(QStringLiteral("verified_by"), a.value(QStringLiteral("owner")));
            })),
            QStringLiteral("actions[1].verified_by: the owner cannot verify"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("open"));
                a.insert(QStringLiteral("done_at"), QStringLiteral("2026-10-19 16:00"));
            })),
            QStringLiteral("actions[1].done_at: given, but the status is “open”"));
    CHECK(firstColumn(db, "SELECT count(*) FROM staff").value(0) == staffBefore);

    // A verified action travels with who verified it.
    const QStringList verified = firstColumn(
        db, "SELECT s.code FROM corrective_action a JOIN staff s ON s.id = a.verifier_id WHERE "
            "a.status = 'verified' AND a.inspection_id IS NOT NULL LIMIT 1");
    REQUIRE(verified.size() == 1);
    const QByteArray expected = QByteArray("\"verified_by\": \"") + verified.front().toUtf8();
    CHECK(fileBytes(all).contains(expected));
}
