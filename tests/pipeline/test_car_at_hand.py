"""A run maps each sticker line as said of the vehicle whose page it was read from."""

from vautokit import Automation


async def test_a_line_about_another_makes_car_ticks_nothing_of_it(site):
    spec = next(v for v in site.vehicles_of()
                if v.vin_valid and v.vin == v.page_vin and v.make != "Audi"
                and not {"Sunroof", "Heated Front Seats"} & set(v.initial))
    site.set_sticker(spec.id, [("Interior", "Heated Front Seats"),
                               ("Interior", "the Audi has a sunroof")])
    async with Automation(site) as va:
        links = [link for link in await va.vehicles(saved_filter=None)
                 if int(link.id) == spec.id]
        result = await va.process(links, sequential=True, dry_run=True, progress="none")
    record = result.records[0]
    assert "Heated Front Seats" in record.checked
    assert "Sunroof" not in record.checked  # the Audi's, not this car's
