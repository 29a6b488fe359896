"""Draws the exercise illustrations in resources/illustrations.

Run: .venv/bin/python scripts/illustrations/draw.py [ID ...]

Every figure is built from the same proportions and line widths (lib.py), so the set stays
consistent; edit a pose here and re-run rather than editing the SVG by hand.
"""

import sys
from pathlib import Path
from lib import *

OUT = Path(__file__).resolve().parents[2] / "resources" / "illustrations"


def foot(ankle, sole, flip=False):
    """Heel and toe points of a foot whose sole points along SOLE (deg)."""
    down = sole - 90 if flip else sole + 90
    heel = P(P(ankle, 6, down), 4, sole + 180)
    toe = P(heel, FOOT, sole)
    return heel, toe


def leg(s, hip, knee, ankle, sole, op=None, flip=False):
    heel, toe = foot(ankle, sole, flip)
    s.limb([hip, knee, ankle, heel, toe], op)
    return heel, toe


def arm(s, sh, el, wr, handdir, op=None, hand=HAND):
    s.limb([sh, el, wr], op)
    s.poly([wr, P(wr, hand, handdir)], INK, W_FAR_HAND if op == FAR else W_HAND, op)


def trunk(s, hip, sh, headang, neck=NECK):
    s.poly([hip, sh], INK, W_TORSO)
    s.poly([sh, P(sh, neck, headang)], INK, W_LIMB)
    c = P(sh, neck + HEAD_R + 2, headang)
    s.head(c)
    return c


def reach(sh, wr, toward):
    return ik(sh, wr, UARM, FARM, toward)


def wall(s, x, top=14):
    s.poly([(x, FLOOR_Y), (x, top)], PROP, 6)


def chair_side(s, seat_front, seat_back, seat_y, back_x=None, back_top=None, op=None):
    """Side view of a chair: seat from SEAT_FRONT to SEAT_BACK (x) at SEAT_Y."""
    s.poly([(seat_front, seat_y), (seat_back, seat_y)], PROP, 5, op)
    lo, hi = min(seat_front, seat_back), max(seat_front, seat_back)
    s.poly([(lo + 3, seat_y), (lo + 3, FLOOR_Y)], PROP, 4, op)
    s.poly([(hi - 3, seat_y), (hi - 3, FLOOR_Y)], PROP, 4, op)
    if back_x is not None:
        s.poly([(back_x, seat_y), (back_x, back_top)], PROP, 5, op)


def table_side(s, near_x, far_x, top_y, op=None):
    """Side view of a heavy table: something fixed to hold on to (never a chair on wheels)."""
    s.poly([(near_x - 4, top_y), (far_x + 4, top_y)], PROP, 5, op)
    s.poly([(near_x + 4, top_y), (near_x + 4, FLOOR_Y)], PROP, 4, op)
    s.poly([(far_x - 4, top_y), (far_x - 4, FLOOR_Y)], PROP, 4, op)


# ---------------------------------------------------------------------------
def wall_calf(bent=False):
    s = Svg("Bent-knee wall calf stretch" if bent else "Standing wall calf stretch")
    s.floor()
    if not bent:
        A = (40, 174)
        hip = P(A, THIGH + SHIN, -62)
        knee = P(A, SHIN, -62)
        sh = P(hip, TORSO, -66)
        F = (114, 174)
    else:
        A = (46, 174)
        knee = P(A, SHIN, -56)
        hip = P(knee, THIGH, -98)
        sh = P(hip, TORSO, -68)
        F = (112, 174)
    fknee = ik(hip, F, THIGH, SHIN, (150, 120))
    wr = P(sh, 54, 4)
    wall_x = wr[0] + 8
    left, right = A[0] - 8, wall_x + 3
    s.dx = round((200 - (right - left)) / 2 - left)
    wall(s, wall_x)
    # far (front) leg and far arm
    leg(s, hip, fknee, F, 0, FAR)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] + 30)), wr, -78, FAR)
    # stretched back leg
    if not bent:
        s.muscle(P(knee, 4, ang(knee, A)), P(A, 10, ang(A, knee)), bulge=4, side=1)
    else:
        s.muscle(lerp(knee, A, 0.45), P(A, -3, ang(A, knee)), bulge=3.5, side=1)
    leg(s, hip, knee, A, 0)
    head = trunk(s, hip, sh, ang(hip, sh) + 4)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] + 30)), wr, -78)
    if not bent:
        # lean toward the wall
        s.arrow([P(hip, 30, -150), P(hip, 30, -120), P(hip, 22, -86)])
    else:
        s.arrow([P(knee, 22, -110), P(knee, 26, -40), P(knee, 20, 20)])
    return s


def standing_hamstring():
    s = Svg("Standing hamstring stretch")
    s.floor()
    F = (64, 174)
    hip = (70, 96)
    fknee = ik(hip, F, THIGH, SHIN, (100, 130))
    step_top = 150
    a = math.degrees(math.asin((step_top - 10 - hip[1]) / (THIGH + SHIN)))
    A = P(hip, THIGH + SHIN, a)
    knee = P(hip, THIGH, a)
    s.rect(A[0] - 16, step_top, 44, FLOOR_Y - step_top, r=3, fill=PROP, opacity=0.45, stroke=PROP, width=3)
    sh = P(hip, TORSO, -38)
    hand = lerp(hip, knee, 0.8)
    wr = (hand[0] - 2, hand[1] - 7)
    # far (standing) leg, far arm
    leg(s, hip, fknee, F, 0, FAR)
    arm(s, sh, reach(sh, wr, (sh[0] + 30, sh[1])), wr, 30, FAR)
    s.muscle(P(hip, 6, a), P(knee, 10, a), bulge=4, side=1)
    leg(s, hip, knee, A, -70)
    trunk(s, hip, sh, -34)
    arm(s, sh, reach(sh, wr, (sh[0] + 30, sh[1])), wr, 30)
    s.arc_arrow(hip, 76, -82, -52)
    return s


def seated_floor_base(s, lean, hip=(40, 171)):
    return hip, P(hip, TORSO, lean)


def seated_towel_calf():
    s = Svg("Seated towel calf stretch")
    s.floor()
    hip = (44, 172)
    knee = (hip[0] + THIGH, GROUND - 4)
    A = (knee[0] + SHIN, GROUND - 4)
    sh = P(hip, TORSO, -98)
    heel, toe = foot(A, -76)
    s.scale(FLOOR_K, (100, GROUND - 4))
    centre(s, hip[0] - 24, toe[0] + 22)
    wr = (94, 128)
    sole = -76
    t1 = P(lerp(heel, toe, 1.0), 5, sole + 90)
    t2 = P(lerp(heel, toe, 0.55), 5, sole + 90)
    s.poly([P(wr, 3, 0), t1, t2, P(wr, 3, 60)], PROP, 4)
    s.muscle(P(knee, 4, 0), P(A, 10, 180), bulge=4, side=1)
    leg(s, hip, knee, A, -76)
    s.poly([t1, t2], PROP, 5)
    trunk(s, hip, sh, -92)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 30)), wr, 0)
    s.arrow([P(toe, 14, -10), P(toe, 20, -80), P(toe, 16, -150)])
    return s


def seated_hamstring():
    s = Svg("Seated hamstring stretch")
    s.floor()
    hip = (34, 172)
    knee = (hip[0] + THIGH, GROUND - 4)
    A = (knee[0] + SHIN, GROUND - 4)
    s.scale(FLOOR_K, (100, GROUND - 4))
    centre(s, hip[0] - 10, A[0] + 12)
    sh = P(hip, TORSO, -40)
    # far leg: knee out to the side, sole against the inner thigh
    s.muscle(P(hip, 6, 0), P(knee, 8, 0), bulge=3, side=1)
    leg(s, hip, knee, A, -80)
    trunk(s, hip, sh, -58)
    wr = (A[0] - 8, A[1] - 12)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] - 20)), wr, 20, FAR)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] - 20)), wr, 20)
    s.arc_arrow(hip, 80, -80, -48)
    return s



def seated_foot():
    s = Svg("Seated foot and toe stretch")
    s.floor()
    seat_y = 136
    chair_side(s, 84, 30, seat_y, back_x=32, back_top=84)
    hip = (60, 128)
    fknee = (102, 132)
    fA = (104, 173)
    leg(s, hip, fknee, fA, 0, FAR)
    # the left ankle rests on the right knee; the foot is drawn a little large so the sole shows
    # (the crossed leg points out toward us, so it looks shorter)
    knee = (hip[0] + 28, hip[1] - 8)
    A = (fknee[0] + 14, fknee[1] - 12)
    sole = -100
    big = 1.4
    heel = P(P(A, 7, sole + 90), 5, sole + 180)
    toe = P(heel, FOOT * big, sole)
    sh = P(hip, TORSO, -84)
    # the hand hooks over the tips of the toes from the top, leaving the sole free
    wr = P(toe, 9, -158)
    el = reach(sh, wr, (sh[0] + 20, sh[1] + 30))
    arm(s, sh, el, wr, 12, FAR)
    s.muscle(P(heel, 1, sole), P(toe, 6, sole + 180), bulge=1.5, side=1, offset=5)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -80)
    arm(s, sh, el, wr, 12)
    s.arc_arrow(heel, FOOT * big + 14, -60, -108)
    return s


def standing_quad():
    s = Svg("Standing thigh stretch, holding on to a heavy table")
    s.floor()
    post_x, top = 116, 92
    table_side(s, post_x, post_x + 66, top + 1)
    F = (68, 174)
    hip = (70, 90)
    fknee = lerp(hip, F, 0.51)
    sh = P(hip, TORSO, -91)
    leg(s, hip, fknee, F, 0, FAR)
    wr = (post_x - 2, top - 6)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 40)), wr, 60, FAR)
    knee = P(hip, THIGH, 99)
    A = P(knee, SHIN, -108)
    s.muscle(P(hip, 6, 99), P(knee, 8, -81), bulge=4, side=-1)
    heel, toe = foot(A, -132, flip=True)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -92)
    hwr = P(A, 6, 160)
    arm(s, sh, reach(sh, hwr, (sh[0] - 10, sh[1] + 30)), hwr, 20)
    s.arc_arrow(knee, 58, -138, -104)
    return s


def side_lying_quad():
    """The thigh stretch lying on one side (CONTENT.md §1.3: for balance or knee problems).

    Seen from above, so the body lies across the picture on a mat: the standing pose turned a
    quarter, the lower arm under the head, the upper hand bringing the heel toward the buttock.
    """
    s = Svg("Side-lying thigh stretch, seen from above")
    s.rect(8, 58, 184, 84, r=10, fill=PROP, opacity=0.25)
    s.add('<g transform="translate(4 -36) rotate(-90 100 100)">')
    F = (70, 176)
    hip = (70, 90)
    fknee = lerp(hip, F, 0.51)
    sh = P(hip, TORSO, -91)
    leg(s, hip, fknee, F, 0, FAR)
    pillow = P(sh, UARM * 0.8, -115)
    s.limb([sh, pillow, P(pillow, FARM * 0.8, 60)], FAR)  # the lower arm under the head
    knee = P(hip, THIGH, 99)
    A = P(knee, SHIN, -108)
    s.muscle(P(hip, 6, 99), P(knee, 8, -81), bulge=4, side=-1)
    heel, toe = foot(A, -132, flip=True)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -92)
    hwr = P(A, 6, 160)
    arm(s, sh, reach(sh, hwr, (sh[0] - 10, sh[1] + 30)), hwr, 20)
    s.arc_arrow(knee, 58, -138, -104)
    s.add("</g>")
    return s


def hip_flexor():
    s = Svg("Kneeling hip stretch")
    s.floor()
    s.dx = 6
    s.rect(40, 168, 44, 15, r=6, fill=PROP, opacity=0.6)
    knee = (64, 163)
    fA = (140, 174)
    hip = (96, 132)
    fknee = ik(hip, fA, THIGH, SHIN, (160, 110))
    A = (knee[0] - 40, GROUND - 3)
    sh = P(hip, TORSO, -93)
    leg(s, hip, fknee, fA, 0, FAR)
    s.muscle(P(hip, 2, -120), lerp(hip, knee, 0.62), bulge=2, side=-1, offset=4)
    s.limb([hip, knee, A, P(A, 11, 176)])
    trunk(s, hip, sh, -92)
    wr = lerp(hip, fknee, 0.7)
    wr = (wr[0], wr[1] - 8)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 20)), wr, 10)
    s.arrow([(hip[0] - 50, hip[1] - 22), (hip[0] - 18, hip[1] - 22)])
    return s


def ankle_pumps():
    s = Svg("Ankle pumps")
    s.floor()
    seat_y = 140
    chair_side(s, 74, 22, seat_y, back_x=24, back_top=86)
    hip = (54, 132)
    knee = P(hip, THIGH, 8)
    A = P(knee, SHIN, 60)
    # desk
    s.poly([(96, 104), (192, 104)], PROP, 5)
    s.poly([(186, 104), (186, FLOOR_Y)], PROP, 4)
    sh = P(hip, TORSO, -88)
    el = (sh[0] + 6, sh[1] + 29)
    wr = (el[0] + 27, 98)
    s.limb([sh, el, wr], FAR)
    heel, toe = foot(A, -62)
    heel2, toe2 = foot(A, 28)
    s.limb([A, heel2, toe2], 0.3)
    s.muscle(lerp(knee, A, 0.2), lerp(knee, A, 0.7), bulge=2, side=1, width=10, offset=3)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -90)
    s.limb([sh, el, wr])
    s.poly([wr, P(wr, HAND, 0)], INK, W_HAND)
    s.arc_arrow(A, 33, -66, 16, both=True)
    return s


def calf_raises():
    s = Svg("Calf raises, holding on to a heavy table")
    s.floor()
    sole = 40
    x = 80
    heel, toe = foot((0, 0), sole)
    A = (x, GROUND - toe[1])
    heel, toe = foot(A, sole)
    post_x, top = 118, 92
    table_side(s, post_x, post_x + 66, top + 1)
    knee = (A[0] + 1, A[1] - SHIN)
    hip = (A[0] + 2, knee[1] - THIGH)
    sh = P(hip, TORSO, -80)
    wr = (post_x - 3, top - 6)
    d = 6
    s.limb([(hip[0] + d, hip[1]), (knee[0] + d, knee[1]), (A[0] + d, A[1]), (heel[0] + d, heel[1]), (toe[0] + d, toe[1])], FAR)
    arm(s, sh, reach(sh, wr, (sh[0] - 10, sh[1] + 40)), wr, 60, FAR)
    fh, ft = foot((A[0], GROUND - 6), 0)
    s.poly([fh, ft], INK, W_LIMB, 0.18)
    s.muscle(P(knee, 5, 90), lerp(knee, A, 0.8), bulge=4, side=1)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -78)
    arm(s, sh, reach(sh, wr, (sh[0] - 10, sh[1] + 40)), wr, 60)
    s.arrow([(heel[0] - 14, 178), (heel[0] - 14, 140)], both=True)
    return s


def chair_hamstring():
    s = Svg("Seated hamstring stretch on a chair")
    s.floor()
    seat_y = 136
    chair_side(s, 72, 22, seat_y, back_x=24, back_top=84)
    hip = (64, 128)
    a = math.degrees(math.asin((GROUND - 6 - hip[1]) / (THIGH + SHIN)))
    A = P(hip, THIGH + SHIN, a)
    knee = P(hip, THIGH, a)
    fknee = (hip[0] + 43, hip[1] - 4)
    fA = (fknee[0] + 3, 174)
    sh = P(hip, TORSO, -46)
    leg(s, hip, fknee, fA, 0, FAR)
    wr = (fknee[0] - 8, fknee[1] - 8)
    arm(s, sh, reach(sh, wr, (sh[0] - 20, sh[1] + 30)), wr, 10, FAR)
    s.muscle(P(hip, 6, a), P(knee, 8, a), bulge=4, side=1)
    leg(s, hip, knee, A, -74)
    trunk(s, hip, sh, -40)
    arm(s, sh, reach(sh, wr, (sh[0] - 20, sh[1] + 30)), wr, 10)
    s.arc_arrow(hip, 78, -84, -54)
    return s


def neck_side_tilt():
    s = Svg("Neck side stretch")
    s.floor()
    # chair, front view
    s.poly([(66, 96), (66, FLOOR_Y)], PROP, 5)
    s.poly([(134, 96), (134, FLOOR_Y)], PROP, 5)
    s.poly([(60, 134), (140, 134)], PROP, 6)
    base = (100, 80)
    tilt = 28
    hc = P(base, NECK + HEAD_R + 5, -90 - tilt)
    # stretched (left) side of the neck = the viewer's right
    s.muscle((121, 82), P(hc, HEAD_R - 1, 48), bulge=-1, side=1, offset=0)
    # legs (front view: thighs come toward us, shins down)
    for x, o in ((86, -1), (114, 1)):
        s.limb([(x, 126), (x + o * 2, 140), (x + o * 2, 174)])
        s.poly([(x + o * 2, 178), (x + o * 7, 178)], INK, W_HAND)
    # torso outline
    s.poly([(70, 86), (100, 81), (130, 86), (120, 128), (80, 128)], INK, W_LIMB, closed=True)
    s.poly([base, P(base, NECK + 3, -90 - tilt)], INK, W_LIMB)
    s.head(hc)
    # relaxed arms, hands on the thighs
    s.limb([(70, 88), (63, 112), (80, 128)])
    s.limb([(130, 88), (137, 112), (120, 128)])
    s.arc_arrow(base, 50, -66, -112)
    return s


def hand_press():
    """Close-up, seen from above and in front: the left hand flat on a table, fingers spread."""
    s = Svg("Hand and finger stretch")
    # table top: its front edge and front face
    s.rect(4, 170, 192, 18, r=3, fill=PROP, opacity=0.45)
    s.poly([(4, 170), (196, 170)], PROP, 5)
    W = (54, 122)                        # middle of the wrist
    k, sq = 1.75, 0.72                   # close-up; the table plane is seen at a slant

    def H(u, v):                         # hand coordinates: U toward the fingertips, V toward the thumb
        return (W[0] + u * k, W[1] + v * k * sq)

    palm = [H(0, -13), H(30, -19), H(36, -12), H(36, 10), H(30, 18), H(0, 13)]
    fingers = [  # knuckle (u, v), direction (deg, in the table plane), length
        ((33, -15), -50, 20),            # little
        ((37, -5), -21, 26),             # ring
        ((37, 5), 3, 28),                # middle
        ((33, 15), 27, 25),              # index
        ((14, 17), 52, 20),              # thumb
    ]
    # forearm, raised, coming in from the top left edge
    e0, e1 = (-6, 30), (-6, 96)
    fa0, fa1 = H(0, -13), H(0, 13)
    # stretched palm and forearm flexors
    s.poly([lerp(fa0, fa1, 0.5), lerp(e0, e1, 0.5)], MUSCLE, W_MUSCLE + 3, 0.85)
    s.poly([H(5, 0), H(31, 0)], MUSCLE, 30, 0.85)
    s.poly([fa0, e0], INK, W_HEAD)
    s.poly([fa1, e1], INK, W_HEAD)
    s.poly(palm, INK, W_HEAD, closed=True)
    for (u, v), a, n in fingers:
        tip = H(u + n * math.cos(math.radians(a)), v + n * math.sin(math.radians(a)))
        s.poly([H(u, v), tip], INK, W_HAND)
    # pressing down
    top = H(20, -17)[1]
    s.arrow([(W[0] + 34, top - 58), (W[0] + 34, top - 8)])
    return s


def centre(s, left, right):
    """Shift the drawing so that the span LEFT..RIGHT (x, before scaling) sits in the middle."""
    s.dx = 0
    s.dx = round(100 - (s.T((left, 0))[0] + s.T((right, 0))[0]) / 2)


def bez(a, c, b, t):
    u = 1 - t
    return (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])


FLOOR_K = 1.25         # floor poses are drawn larger (about their resting line) to fill the tile


def childs_pose(thigh=38):
    s = Svg("Child's pose")
    s.floor()
    s.mat(10, 190)
    g = FLOOR_Y - 7 - 4                  # centre of a limb lying on the mat
    s.scale(FLOOR_K, (100, g))
    # shins flat on the mat, thighs folded back over them
    knee = (70, g)
    A = (knee[0] - SHIN, g)
    toe = (A[0] - 14, g + 0.5)
    hip = P(knee, THIGH, 180 + thigh)
    # the back: a gentle curve from the hips forward and down to the shoulders
    hc = (knee[0] + 15, g - 11)          # forehead down on the mat, just ahead of the knees
    sh = (hc[0] - 1, hc[1] - 24)
    mid = lerp(hip, sh, 0.45)
    cp = P(mid, 18, ang(hip, sh) - 90)
    # arms straight forward, over the head, hands flat on the mat
    def arm_to_floor(shoulder, extra=0.0):
        wr = (shoulder[0] + math.sqrt((UARM + FARM) ** 2 - (g - shoulder[1]) ** 2) + extra, g)
        return wr
    fsh = (sh[0] + 4, sh[1] - 2)
    fwr = arm_to_floor(fsh, 5)
    wr = arm_to_floor(sh)
    centre(s, toe[0] - 4, wr[0] + HAND + 5)
    s.limb([fsh, fwr], FAR)
    s.poly([fwr, P(fwr, HAND, 0)], INK, W_FAR_HAND, FAR)
    pts = []
    for i in range(9):
        t = 0.03 + 0.45 * i / 8
        p, q = bez(hip, cp, sh, t), bez(hip, cp, sh, t + 0.01)
        pts.append(P(p, 5, ang(p, q) - 90))
    s.poly(pts, MUSCLE, W_MUSCLE, 0.85)
    s.limb([hip, knee, A, toe])
    s.path(f"M{f(s.T(hip)[0])} {f(s.T(hip)[1])} Q{f(s.T(cp)[0])} {f(s.T(cp)[1])} {f(s.T(sh)[0])} {f(s.T(sh)[1])}", INK, W_TORSO)
    s.poly([sh, P(sh, dist(sh, hc) - HEAD_R, ang(sh, hc))], INK, W_LIMB)
    s.head(hc)
    s.limb([sh, wr])
    s.poly([wr, P(wr, HAND, 0)], INK, W_HAND)
    s.arrow([(hip[0] + 4, hip[1] - 26), (hip[0] - 20, hip[1] - 26), (hip[0] - 18, hip[1] + 2)])
    return s


def knees_to_chest():
    s = Svg("Knees to chest")
    s.floor()
    s.mat(8, 192)
    g = FLOOR_Y - 7 - 5                  # centre of the torso lying on the mat
    s.scale(FLOOR_K, (100, g))
    sh = (60, g)
    hip = (sh[0] + TORSO, g)
    hc = (sh[0] - NECK - HEAD_R - 2, g - 6)
    knee = P(hip, THIGH, -132)           # knees pulled in over the chest
    shin = -2
    A = P(knee, SHIN, shin)
    heel, toe = foot(A, -62)
    centre(s, hc[0] - HEAD_R - 3, max(toe[0], hip[0]) + 4)
    # far leg, a little behind
    o = lambda p: (p[0] + 7, p[1] - 1)
    s.limb([hip, o(knee), o(A), o(heel), o(toe)], FAR)
    # lower back and buttocks
    m0, m1 = s.T((hip[0] - 26, g + 2)), s.T((hip[0] + 6, g - 12))
    c = s.T((hip[0] + 12, g + 5))
    s.muscle_path(f"M{f(m0[0])} {f(m0[1])} Q{f(c[0])} {f(c[1])} {f(m1[0])} {f(m1[1])}")
    s.limb([hip, knee, A, heel, toe])
    s.poly([hip, sh], INK, W_TORSO)
    s.poly([sh, P(sh, NECK, ang(sh, hc))], INK, W_LIMB)
    s.head(hc)
    # arm round the shins, just below the knees
    wr = P(lerp(knee, A, 0.36), 7, shin - 90)
    el = ik(sh, wr, UARM, FARM, (sh[0] - 20, sh[1] - 40))
    s.limb([sh, el, wr])
    s.poly([wr, P(wr, HAND + 3, shin + 62)], INK, W_HAND)
    s.arc_arrow(hip, 62, -96, -140)
    return s


def lying_lengthen():
    s = Svg("Lying full-body lengthen")
    s.floor()
    s.mat(8, 192)
    k = 0.8
    g = FLOOR_Y - 7 - 5
    hip = (108, g)
    sh = (hip[0] - TORSO * k, g)
    knee = (hip[0] + THIGH * k, g)
    A = (knee[0] + SHIN * k, g - 1)
    hr = HEAD_R * 0.9
    hc = (sh[0] - (NECK + 2) * k - hr, g - 5)
    s.muscle(P(sh, 10, 0), P(hip, 4, 180), bulge=2, side=-1, offset=4)
    toe = P(A, FOOT * k, 12)
    s.limb([hip, knee, A, toe])
    s.poly([hip, sh], INK, W_TORSO)
    s.poly([sh, P(sh, NECK * k, 180)], INK, W_LIMB)
    s.circle(hc, hr)
    wr = P(sh, (UARM + FARM) * k, 180 + 16)
    s.limb([sh, wr])
    s.poly([wr, P(wr, HAND * k, 180 + 16)], INK, W_HAND)
    s.arrow([(52, 140), (18, 140)])
    s.arrow([(152, 140), (186, 140)])
    return s

BUILD = {
    "wall-calf": lambda: wall_calf(False),
    "standing-hamstring": standing_hamstring,
    "seated-towel-calf": seated_towel_calf,
    "seated-hamstring": seated_hamstring,
    "soleus-wall": lambda: wall_calf(True),
    "seated-foot": seated_foot,
    "standing-quad": standing_quad,
    "side-lying-quad": side_lying_quad,
    "hip-flexor": hip_flexor,
    "ankle-pumps": ankle_pumps,
    "calf-raises": calf_raises,
    "chair-hamstring": chair_hamstring,
    "neck-side-tilt": neck_side_tilt,
    "hand-press": hand_press,
    "childs-pose": childs_pose,
    "knees-to-chest": knees_to_chest,
    "lying-lengthen": lying_lengthen,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILD)
    for n in names:
        (OUT / f"{n}.svg").write_text(BUILD[n]().render())
        print("wrote", n)
