from case_fixtures import *  # noqa

def test_smoke(world):
    w = world
    h = w.hospital("广州市第一人民医院")
    d = w.doctor("张三")
    c = w.registered(d, h)
    print(c)
    print(w.registrations(d.id))
    for e in w.desk.cases.timeline(w.admin, c.id):
        print(e)
