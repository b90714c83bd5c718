import pytest

from vautokit.errors import InvalidVinError
from vautokit.sandbox import generate_inventory
from vautokit.vehicles import VehicleLink, VehicleValidationService, check_digit, vin_problem


@pytest.mark.parametrize("vin", ["1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352"])
def test_known_valid_vins_pass(vin):
    assert vin_problem(vin) is None


def test_check_digit_of_the_textbook_example_is_x():
    assert check_digit("1M8GDM9A_KP042788".replace("_", "0")) == "X"


@pytest.mark.parametrize(("vin", "words"), [
    ("1M8GDM9A1KP042788", "check digit"),
    ("1M8GDM9AXKP04278", "16 characters"),
    ("1M8GDM9AXKP04278O", "never has"),
])
def test_bad_vins_say_why(vin, words):
    assert words in vin_problem(vin)


def test_generated_vins_carry_correct_check_digits_except_the_deliberate_ones():
    vehicles = generate_inventory(300, seed=5)
    invalid = [v for v in vehicles if vin_problem(v.vin)]
    assert all(not v.vin_valid for v in invalid)
    assert all(vin_problem(v.vin) is None for v in vehicles if v.vin_valid)
    assert 0 < len(invalid) < 30


def _link(vin, title="2020 Ford F-150 XL"):
    return VehicleLink("1", vin, "S1", title, 0, "D", "http://x/g?vehicleId=1")


def test_validation_rejects_implausible_year_and_wrong_page():
    service = VehicleValidationService(now_year=2026)
    with pytest.raises(InvalidVinError, match="implausible"):
        service.check_link(_link("1M8GDM9AXKP042788", "1970 Ford F-150"))
    service.check_link(_link("1M8GDM9AXKP042788"))
    with pytest.raises(Exception, match="nothing was changed"):
        service.check_page(_link("1M8GDM9AXKP042788"), "11111111111111111")
